import Foundation

/// A store that holds more than one team (a database: a unit's teams side by side, each seeing its own
/// families). A folder store is one team and does not conform. `sammen team new NAME` and `--team ID` use it, so
/// a municipality's IT contact makes a team and gives it members without writing SQL.
public protocol TeamsStore: CaseloadStore {
    /// The ids and names of the teams this role can see, by id.
    func teams() throws -> [(id: String, name: String)]
    /// Makes an empty team (the administrative role only) and returns its id, made from the name.
    func createTeam(name: String) throws -> String
    /// Works on the team `id` from now on: `team`, members added and removed, families created.
    func useTeam(_ id: String) throws
}
