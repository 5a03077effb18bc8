import SammenCore

/// Names of the record's domain values in the UI's language.
extension Strings {
    public func role(_ role: ActorRole) -> String {
        switch role {
        case .school: return self[.roleSchool]
        case .dayCare: return self[.roleDayCare]
        case .ppr: return self[.rolePPR]
        case .physiotherapist: return self[.rolePhysio]
        case .occupationalTherapist: return self[.roleOT]
        case .speechTherapist: return self[.roleSpeech]
        case .healthVisitor: return self[.roleHealthVisitor]
        case .doctor: return self[.roleDoctor]
        case .hospital: return self[.roleHospital]
        case .psychiatry: return self[.rolePsychiatry]
        case .viso: return self[.roleVISO]
        case .respiteCare: return self[.roleRespite]
        case .residentialCare: return self[.roleResidential]
        case .familyGuide: return self[.roleFamilyGuide]
        case .adultServices: return self[.roleAdultServices]
        case .relative: return self[.roleRelative]
        case .other: return self[.roleOther]
        }
    }

    public func voiceMethod(_ method: ChildVoiceMethod) -> String {
        switch method {
        case .conversation: return self[.voiceConversation]
        case .observation: return self[.voiceObservation]
        case .homeVisit: return self[.voiceHomeVisit]
        case .alternativeCommunication: return self[.voiceAlternative]
        }
    }

    public func goalStatus(_ status: GoalStatus) -> String {
        switch status {
        case .notStarted: return self[.goalStatusNotStarted]
        case .inProgress: return self[.goalStatusInProgress]
        case .achieved: return self[.goalStatusAchieved]
        case .abandoned: return self[.goalStatusAbandoned]
        }
    }

    public func topic(_ topic: ChallengeTopic) -> String {
        switch topic {
        case .process: return self[.topicProcess]
        case .assessment: return self[.topicAssessment]
        case .decision: return self[.topicDecision]
        }
    }

    public func challengeStatus(_ status: ChallengeStatus) -> String {
        switch status {
        case .open: return self[.statusOpen]
        case .easing: return self[.statusEasing]
        case .resolved: return self[.statusResolved]
        }
    }

    public func actionKind(_ kind: ChallengeActionKind) -> String {
        switch kind {
        case .dialogue: return self[.actionDialogue]
        case .expectationAlignment: return self[.actionExpectations]
        case .knowledgeSharing: return self[.actionKnowledge]
        case .leadershipInvolved: return self[.actionLeadership]
        case .viso: return self[.actionVISO]
        case .caseworkerChange: return self[.actionChange]
        case .other: return self[.actionOther]
        }
    }

    public func responsible(_ r: Responsible) -> String {
        switch r.kind {
        case .family: return r.name ?? self[.contractFamily]
        case .caseworker: return r.name ?? self[.contractCaseworker]
        case .partner: return r.name ?? self[.roleOther]
        }
    }
}
