/// Every piece of UI text has a key here and an entry in each language's catalogue (Catalogue.swift).
/// A test fails when a language lacks an entry.
public enum UIText: String, CaseIterable, Sendable {
    // Chrome
    case appName, training, readOnly, tabCaseload, tabLeader, helpHint
    // Dashboard
    case colFamily, colChild, colCaseworker, colCadence, colLast, colNext, colOverdue, colFlags
    case filterAll, filterSixWeeks, filterThreeMonths, filterOverdue, filterFlagged
    case caseworkerAll, caseworkerLabel, kindLabel, sortLabel, searchLabel, rowsShown, overdueCount, noRows
    case flagLegend, daysShort, today, never
    // The caseload arriving in two steps (a database's first page)
    case caseloadArriving, caseloadArrivingWait, caseloadArrivalFailed
    // Leader
    case leaderTitle, colInitials, colName, colCases, colTarget, colOverdueFollowUps, colOnTime, colBuddy
    case nextStopOp, noStopOp, learningGoals, teamTarget, leaderFootnote
    case colNetworkMeetings, colInvestigations, colComplaints, leaderDefinition, leaderTotals, leaderTotalsOff
    case helpDrillDown, drillTitle, drillNothing, drillHint, leaderHint
    // Family
    case familyGuardians, familyContactPreference, familyChildrenAndCases, familyDeadlines, familyContacts
    case familyAgreements, familyPlanSummary, familyNoContacts, familyNoAgreements, familyNoDeadlines
    case familyCaseLine, familyBuddy, familyAge, familyMeasures, familyChallenges, familyComplaints
    case familyTransition, familyRegisterHint, familyYearAndCollaboration
    // Follow-up form
    case formTitle, formDate, formChannel, formKind, formCase, formNote, formAllCases, formSave, formCancel
    case formPreference, formSaved, formInvalidDate, formKindFollowUp, formKindInformal
    // Dialogs and status
    case confirmQuit, confirmDiscard, yesNo, saveFailed, cannotSaveReadOnly, familyUnreadable, helpTitle
    case helpFooter, helpFooterScroll, lockedBy
    // Help: one line per action
    case helpMove, helpPage, helpOpen, helpBack, helpClearSearch, searchCleared, helpTab, helpSearch, helpHelp, helpQuit, helpSort, helpSortReverse
    case helpCaseworker, helpKind, helpCaseload, helpLeader, helpRegister, helpMouse, helpTop, helpBottom
    // Contact channels and styles
    case channelPhone, channelSms, channelEmail, channelMeeting, channelHomeVisit, channelVideo, channelDigitalPost
    case styleClose, styleRegular, styleRoom
    case cadenceSixWeeks, cadenceThreeMonths
    // Months
    case month1, month2, month3, month4, month5, month6, month7, month8, month9, month10, month11, month12
    // Activity kinds
    case kindFollowUp, kindNetworkMeeting, kindChildConversation, kindStartMeeting, kindStatusMeeting, kindDeadline
    case kindTransition, kindAgreement, kindOther
    // The årshjul
    case wheelTitle, wheelEmptyMonth, wheelNeedsPurpose, wheelInvalidTime, wheelTimeNeedsDate, wheelHints
    case wheelMoving, wheelProposalTitle, wheelProposalHints, wheelProposalEmpty, wheelAdded, wheelDeleted, wheelUndone
    case wheelNothingToUndo, wheelMovedTo, wheelMarkedDone, wheelMarkedNotDone, wheelSaved, wheelUnsaved
    case activityNewTitle, activityEditTitle, activityKind, activityPurpose, activityParticipants, activityDate
    case activityTime, activityDone, activityNoDate, helpWheel, helpMonth, helpAdd, helpEdit, helpMove2, helpDone
    case helpDelete, helpUndo, helpPropose, helpYear, helpExportCalendar, helpExportHandout, exported, exportFailed
    case wheelWarnings, helpRetry, unreadableFiles, helpEditCard, helpTabBack, helpComplaint, helpRemoveActor
    case helpAgreementDone, agreementDone, agreementOpen, helpPrimary, primarySet
    // Meetings and boards
    case meetingsTitle, meetingsEmpty, meetingsHints, meetingNetwork, meetingFollowUp, meetingStart, meetingStatus
    case meetingTransition, methodLoft, methodSignsOfSafety, newMeetingTitle, fieldDate, fieldKind, fieldMethod, fieldWording
    case wordingSafety, wordingWellbeing, participantTitle, fieldName, fieldRole, fieldEmail, cardTitle, cardEditTitle
    case fieldWords, fieldSaidBy, fieldCardKind, agreementTitle, fieldWhat, fieldWho, fieldByWhen, ratingTitle, fieldRating
    case loftWorries, loftWorking, loftMustHappen, loftAgreements, sosWorries, sosWorking, sosMustHappen, sosAgreements
    case turn, nobodyYet, coverage, scale, lastTime, boardHints, presentationHints, questionsTitle, boardEmptyColumn
    case needsParticipant, needsWords, needsWhatWho, ratingRange, redone, redoneWhat, nothingToRedo, cardSaved, cardDeleted
    case participantAdded, meetingCreated, ratingSaved, agreementsHeading, everyoneHeard, helpMeetings, helpBoard
    case helpColumn, helpCard, helpPass, helpParticipant, helpRate, helpQuestions, helpPresent, helpMoveCard
    case helpReorder, helpRedo, helpSummary, helpNewMeeting, safetyHarm, safetyDanger, safetyComplicating
    case helpBrief, briefTitle, fieldBrief, briefSaved, briefCleared, helpUndoActor, actorRestored
    case pickerSearch, pickerNoMatch
    case helpMeetingNotes, meetingNotesTitle, meetingNotesNote, meetingNotesSaved, meetingNotesCleared, meetingNotesNotProjected
    case cardsNotChangedOnProjector
    case safetyStrength, safetyExisting, safetyGoal, safetyNextStep, safetyNone
    // The family record
    case recordTitle, tabInvolvement, tabNetwork, tabGoals, tabFollowUp, tabCollaboration, tabBuddy, recordHints
    case childVoiceHeading, childVoiceEmpty, contractHeading, contractFamily, contractCaseworker, preferenceHeading
    case voiceConversation, voiceObservation, voiceHomeVisit, voiceAlternative, networkEmpty, networkRings
    case lastNetworkMeeting, nextNetworkMeeting, noNetworkMeeting, goalsEmpty, goalShort, goalLong, goalOwner
    case goalStatusNotStarted, goalStatusInProgress, goalStatusAchieved, goalStatusAbandoned, subGoalsHeading
    case revisionsHeading, smartSpecific, smartMeasurable, smartAccepted, smartRealistic, smartDeadline
    case followUpCadence, followUpWhy, followUpNext, followUpCompliance, followUpLog, followUpOccasion
    case challengesHeading, challengesEmpty, complaintsHeading, complaintsEmpty, challengeBetween, challengeAbout
    case topicProcess, topicAssessment, topicDecision, explicitYes, explicitNo, statusOpen, statusEasing, statusResolved
    case complaintPending, complaintDone, buddyHeading, buddyNone, transitionHeading, transitionEmpty, transitionNotYet
    case formVoice, formActor, formGoal, formSubGoal, formRevision, formChallenge, formAction, formComplaint
    case formStep, fieldChild, fieldHow, fieldSaid, fieldOrganisation, fieldContactName, fieldPhone, fieldCloseness
    case fieldCoordinates, fieldTitle, fieldHorizon, fieldOwnerName, fieldStatus, fieldReason, fieldParties
    case fieldAbout, fieldExplicit, fieldDescription, fieldActionKind, fieldNote, fieldReceived, fieldCase
    case recordSaved, needsText, reconsideredToday, buddySet, buddyCleared, stepDone, actorRemoved
    case helpRecord, helpTabs, helpAddRecord, helpEditRecord, helpStatus, helpSubGoal, helpRevise, helpAction
    case roleSchool, roleDayCare, rolePPR, rolePhysio, roleOT, roleSpeech, roleHealthVisitor, roleDoctor, roleHospital
    case rolePsychiatry, roleVISO, roleRespite, roleResidential, roleFamilyGuide, roleAdultServices, roleRelative, roleOther
    case actionDialogue, actionExpectations, actionKnowledge, actionLeadership, actionVISO, actionChange, actionOther
    // The family's details (stamdata), a new family, undo (Catalogue+Details.swift)
    case helpNewFamily, helpImport, helpDetails, helpHandover, helpAddGuardian, helpAddChild, helpNewCase, helpAddMeasure
    case helpEditDetails, helpCloseCase, helpRemoveDetail, childHasCases, helpUndoChange, detailsTitle, detailsFamily, detailsAddress
    case detailsNoAddress, detailsGuardians, detailsNoGuardians, detailsChildren, detailsNoChildren, detailsBorn
    case detailsCase, detailsCaseClosed, detailsNoMeasures, detailsNotes, detailsNoNotes, detailsHints, detailsNone
    case detailsOngoing, detailsCadence, formNewFamily, formFamily, formGuardian, formChild, formNewCase, formEditCase
    case formMeasure, formCloseCase, formNotes, formAbandonGoal, formReconsider, fieldFamilyName, fieldAddress
    case fieldRelation, fieldBirthDate, fieldCPR, fieldSituation, fieldCaseNumber, fieldPrimary, fieldBuddy, fieldOpened
    case fieldLegalBases, fieldLegalBasis, fieldStarted, fieldEnded, fieldProvider, fieldClosed, fieldChildName
    case fieldOutcome, fieldInternalNotes, familyCreated, addedUndo, changedUndo, removedUndo, caseCreated
    case primaryChanged, buddyChanged, caseClosed, caseReopened, measureSaved, measureSavedCadenceMoves, caseRenumbered, notesSaved, familySaved, undone
    case goalAbandoned, complaintReconsidered, coordinationChanged, withUndo, emptyStoreTitle
    case emptyNewFamily, emptyImport, needsName, needsCaseNumber, caseNumberTaken, cprInvalid, cprMismatch
    case needsBirthDate, legalBasisInvalid, needsReason, emailInvalid, notSaved, outcomeChanged, outcomeSent
    case outcomeWithdrawn, handoverWritten, noCaseworkers, caseNumberInFamily
    // Working in one caseload with colleagues (Catalogue+Team.swift)
    case conflictTitle, conflictIntro, conflictMine, conflictTheirs, conflictRemoved, conflictEmpty, conflictKeys
    case conflictStatus, conflictLater, savedMerged, changedUnderneath, familyRefreshed, familyGone, conflictCount
    case helpChooseMine, helpChooseTheirs, helpSaveChoices, helpChoiceLater
    // Meeting invitations (årshjul)
    case helpSendInvitations, invitationsNoOrganizer, invitationsNothingDue, activityLocation, activityInvitation
    case invitationSent, invitationWritten, invitationChangedSince, invitationNotSent, invitationPending, activityNotInvited
    // Boards that tell the truth
    case boardTooSmall, participantNote, participantFromNetwork, participantNew, fieldOtherRole
    // The wheel for the year ahead
    case wheelAddedDated, wheelLeftUndated, wheelFutureNotDone, wheelRegisterFollowUp, wheelCalendarEmpty
    // The import preview (Catalogue+Import.swift)
    case importTitle, importFileForm, importFileField, importFileNeeded, importFileEnter, importDryRun, importFooterReady
    case importFooterRefused, importRefused, importDone, importFailed, importNothing
    case helpTeam, helpAddCaseworker, helpEditCaseworker, helpTeamSettings, teamTitle, teamHints, teamInactive
    case fieldNetworkMonths, networkMonthsInvalid, networkMonthsNote
    case teamTargetOwn, formCaseworker, formTeamSettings, fieldInitials, fieldTarget, fieldActive, fieldTeamName
    case caseworkerAdded, caseworkerChanged, teamSettingsSaved, initialsInvalid, initialsTaken, targetInvalid, answerYes, answerNo
    // Who has access to a team store (Catalogue+Members.swift)
    case helpGrantAccess, helpRevokeAccess, helpToggleLeader, askRevokeAccess, askMakeLeader, askUnmakeLeader
    case accessOnlyLeader, accessNoLogin, formMember, fieldLogin, fieldNameIfNew, fieldLeader, nothingChanged
    case accessGranted, accessGrantedLeader, accessRevoked, leaderMade, leaderUnmade, loginInvalid, memberInitialsInvalid
    case teamLogin, teamLeader, teamNoAccess, teamAccessHeading
    case markedDoneWhat, markedNotDoneWhat, cardMovedTo, cardMovedUp, cardMovedDown, agreementDoneWhat, agreementOpenWhat
    // The guided tour
    case tourTitle, tourKeys, tourStep1, tourStep2, tourStep3, tourStep4, tourStep5, tourStep6, tourStep7
}
