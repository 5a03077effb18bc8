#!/usr/bin/env python3
"""Validates Sammen stores against the JSON Schemas in docs/schemas/.

    python3 Tests/Schemas/validate.py                      # Fixtures/training, plus the schemas' self-checks
    python3 Tests/Schemas/validate.py STORE…               # other stores (folders with a store.json)
    python3 Tests/Schemas/validate.py --sammen .build/debug/sammen
                                                           # also a fresh store made by that binary, with an
                                                           # access log written by real commands

Each file is checked against its schema: store.json, team.json, families/<id>.json (and that the id matches the
file name) and every line of access.log. The self-checks make sure the schemas still refuse what Sammen refuses
(an unknown field, a missing field, a wrong enum value, a bad date…), so they cannot silently become permissive.

Needs the `jsonschema` package (pip install jsonschema). Exits 0 when everything validates, 1 with a message per
problem (file, JSON path, what is wrong) otherwise, 2 when it cannot run.
"""

import argparse
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:  # pragma: no cover - depends on the machine
    print("validate.py: the Python package «jsonschema» is missing; install it with «pip install jsonschema».",
          file=sys.stderr)
    sys.exit(2)

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SCHEMAS = os.path.join(REPO, "docs", "schemas")
KINDS = ("store", "team", "family", "access-log-entry")


def load_validators():
    validators = {}
    for kind in KINDS:
        path = os.path.join(SCHEMAS, kind + ".schema.json")
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validators[kind] = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return validators


def where(error):
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return path.lstrip(".") or "(the whole file)"


def problems(validator, instance):
    """Every schema error in an instance, deepest path first within each branch, as short sentences."""
    result = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        result.append(f"{where(error)}: {error.message}")
    return result


def read_json(path, shown, report):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as error:
        report(f"{shown}: cannot be read as JSON: {error}")
        return None


def validate_store(root, validators, report):
    """Validates one store folder; returns how many files (and log lines) were checked."""
    checked = 0
    if not os.path.isfile(os.path.join(root, "store.json")):
        report(f"{root}: not a Sammen store (no store.json)")
        return 0
    for name, kind in (("store.json", "store"), ("team.json", "team")):
        path = os.path.join(root, name)
        if not os.path.isfile(path):
            report(f"{root}/{name}: missing")
            continue
        data = read_json(path, f"{root}/{name}", report)
        if data is not None:
            for p in problems(validators[kind], data):
                report(f"{root}/{name}: {p}")
        checked += 1
    families = os.path.join(root, "families")
    names = sorted(os.listdir(families)) if os.path.isdir(families) else []
    for name in names:
        if name.startswith(".sammen-tmp-"):
            continue
        shown = f"{root}/families/{name}"
        if not name.endswith(".json"):
            report(f"{shown}: not a family file (families/ holds only <id>.json)")
            continue
        data = read_json(os.path.join(families, name), shown, report)
        if data is None:
            continue
        for p in problems(validators["family"], data):
            report(f"{shown}: {p}")
        if isinstance(data, dict) and data.get("id") != name[:-len(".json")]:
            report(f"{shown}: id «{data.get('id')}» does not match the file name")
        checked += 1
    # The access log: one file per month in log/ (and access.log of a store Sammen 0.1 wrote).
    logs = [os.path.join(root, "access.log")]
    if os.path.isdir(os.path.join(root, "log")):
        logs += [os.path.join(root, "log", n) for n in sorted(os.listdir(os.path.join(root, "log"))) if n.endswith(".jsonl")]
    for log in logs:
        if not os.path.isfile(log):
            continue
        shown = os.path.relpath(log, root)
        with open(log, encoding="utf-8") as f:
            for number, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line)
                except ValueError as error:
                    report(f"{root}/{shown}:{number}: not a JSON object: {error}")
                    continue
                for p in problems(validators["access-log-entry"], entry):
                    report(f"{root}/{shown}:{number}: {p}")
                checked += 1
    return checked


def self_checks(validators, report):
    """Mutations of valid records that Sammen refuses (or `sammen check` reports): the schemas must refuse them."""
    training = os.path.join(REPO, "Fixtures", "training")
    with open(os.path.join(training, "families", "f-013.json"), encoding="utf-8") as f:
        family = json.load(f)
    with open(os.path.join(training, "store.json"), encoding="utf-8") as f:
        store = json.load(f)
    with open(os.path.join(training, "team.json"), encoding="utf-8") as f:
        team = json.load(f)
    entry = {"action": "read", "family": "f-013", "time": "2026-11-02T08:15:00+01:00", "user": "MHA"}

    def mutated(base, change):
        value = copy.deepcopy(base)
        change(value)
        return value

    def drop(path):
        def change(value):
            for key in path[:-1]:
                value = value[key]
            del value[path[-1]]
        return change

    def put(path, new):
        def change(value):
            for key in path[:-1]:
                value = value[key]
            value[path[-1]] = new
        return change

    must_pass = [
        ("family", family, "the training family f-013"),
        ("family", mutated(family, drop(["guardians"])), "a family with a list left out"),
        ("family", mutated(family, put(["address"], None)), "a family with an optional field null"),
        ("family", mutated(family, put(["children", 0, "cases", 0, "measures", 0, "legalBasis"], "BL § 30")),
         "a measure on BL § 30"),
        ("family", mutated(family, put(["children", 0, "cases", 0, "measures", 0, "legalBasis"], "SEL § 52a")),
         "a measure on SEL § 52a"),
        ("store", store, "the training store.json"),
        ("team", team, "the training team.json"),
        ("access-log-entry", entry, "a read entry"),
        ("access-log-entry", {"action": "list", "detail": "check", "time": "2026-11-02T08:15:00+01:00", "user": "x"},
         "a list entry without a family"),
    ]
    must_fail = [
        ("family", mutated(family, put(["farve"], "grøn")), "an unknown field"),
        ("family", mutated(family, put(["children", 0, "farve"], "grøn")), "an unknown field in a child"),
        ("family", mutated(family, drop(["contactPreference"])), "a missing contactPreference"),
        ("family", mutated(family, drop(["annualPlan", 0, "done"])), "an activity without done"),
        ("family", mutated(family, put(["schemaVersion"], 3)), "a newer schema version"),
        ("family", mutated(family, put(["id"], "F-013")), "an id with a capital letter"),
        ("family", mutated(family, put(["children", 0, "birthDate"], "2015-02-30")), "a date that does not exist"),
        ("family", mutated(family, put(["children", 0, "birthDate"], "30.02.2015")), "a Danish-style date"),
        ("family", mutated(family, put(["children", 0, "cases", 0, "measures", 0, "legalBasis"], "SEL § 99")),
         "an unknown paragraph"),
        ("family", mutated(family, put(["children", 0, "cases", 0, "status"], "lukket")), "a wrong case status"),
        ("family", mutated(family, put(["contacts", 0, "channel"], "brev")), "a wrong channel"),
        ("family", mutated(family, put(["annualPlan", 0, "month"], 13)), "month 13"),
        ("family", mutated(family, put(["meetings", 0, "ratings", 0, "value"], 11)), "a rating of 11"),
        ("family", mutated(family, put(["meetings", 0, "time"], "14.30")), "a time written 14.30"),
        ("store", mutated(store, put(["format"], "other")), "another format"),
        ("store", mutated(store, drop(["training"])), "store.json without training"),
        ("team", mutated(team, drop(["caseworkers", 0, "active"])), "a caseworker without active"),
        ("access-log-entry", {**entry, "action": "peek"}, "an unknown action"),
        ("access-log-entry", {**entry, "time": "2026-11-02 08:15"}, "a time without the offset"),
    ]
    for kind, instance, what in must_pass:
        found = problems(validators[kind], instance)
        if found:
            report(f"self-check: {kind}.schema.json refuses {what}, which Sammen reads: {found[0]}")
    for kind, instance, what in must_fail:
        if not problems(validators[kind], instance):
            report(f"self-check: {kind}.schema.json accepts {what}, which Sammen refuses")
    return len(must_pass) + len(must_fail)


def fresh_store(binary, report):
    """A training store made by the binary, with access-log lines from real commands; None on failure."""
    folder = tempfile.mkdtemp(prefix="sammen-schemas-")
    store = os.path.join(folder, "arkiv")
    env = {**os.environ, "SAMMEN_USER": "MHA", "LANG": "C.UTF-8"}
    env.pop("SAMMEN_STORE", None)
    commands = [
        ["demo", "--init", store, "--today", "2026-11-02"],
        ["due", "--store", store, "--today", "2026-11-02"],
        ["followup", "f-013", "--date", "02.11.2026", "--note", "Skema-test", "--store", store, "--today", "2026-11-02"],
        ["export", "handover", "--family", "f-007", "--format", "txt", "--out", "-", "--store", store, "--today", "2026-11-02"],
        ["log", "--family", "f-013", "--store", store],
    ]
    for arguments in commands:
        result = subprocess.run([binary] + arguments, env=env, cwd=folder, capture_output=True, text=True)
        if result.returncode != 0:
            report(f"{binary} {' '.join(arguments)}: exit code {result.returncode}: {result.stderr.strip()}")
            shutil.rmtree(folder, ignore_errors=True)
            return None, None
    return store, folder


def main():
    parser = argparse.ArgumentParser(description="Validate Sammen stores against docs/schemas/*.schema.json.")
    parser.add_argument("stores", nargs="*", help="store folders (default: Fixtures/training)")
    parser.add_argument("--sammen", metavar="BINARY",
                        help="also validate a fresh training store made by this sammen binary, with an access log")
    args = parser.parse_args()

    found = []
    report = found.append
    try:
        validators = load_validators()
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as error:
        print(f"validate.py: the schemas in {SCHEMAS} cannot be used: {error}", file=sys.stderr)
        return 2

    stores = args.stores or [os.path.join(REPO, "Fixtures", "training")]
    counts = []
    for store in stores:
        counts.append((store, validate_store(os.path.abspath(store), validators, report)))
    counts.append(("self-checks", self_checks(validators, report)))
    if args.sammen:
        store, folder = fresh_store(os.path.abspath(args.sammen), report)
        if store:
            counts.append((f"a fresh store from {args.sammen}", validate_store(store, validators, report)))
            log = os.path.join(store, "log")
            if not os.path.isdir(log) or not any(n.endswith(".jsonl") for n in os.listdir(log)):
                report(f"{store}: the commands wrote no access log in log/")
            shutil.rmtree(folder, ignore_errors=True)

    for message in found:
        print(message, file=sys.stderr)
    summary = ", ".join(f"{name}: {n}" for name, n in counts)
    if found:
        print(f"validate.py: {len(found)} problem(s). Checked {summary}.", file=sys.stderr)
        return 1
    print(f"validate.py: all valid. Checked {summary}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
