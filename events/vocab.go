package events

// Word lists the coder's rules test words against (data/words.txt):
// vocabulary, reviewed like code and loaded into the Coder's value at
// construction, as the patterns of data/verbs.txt are. Function words and
// grammar (pronouns, auxiliaries, determiners, conjunctions) stay in the
// Go code of the rule that reads them.

import (
	_ "embed"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/wordlist"
)

//go:embed data/words.txt
var defaultWords []byte

// wordList is one list of data/words.txt: the set of its words, each a
// lemma or a lower-cased token as the list's comment says.
type wordList map[string]bool

// anyIn reports a token of toks whose lower-cased form is in l.
func (l wordList) anyIn(toks []dyad.Token) bool {
	for _, t := range toks {
		if l[t.Lower] {
			return true
		}
	}
	return false
}

// vocab holds the lists of data/words.txt, one field per "[name]"
// heading (vocab.lists binds the names). A Coder holds one, read-only.
type vocab struct {
	acceptanceVerbs   wordList // [acceptance verbs] lemmas: acceptance.go acceptanceLine
	objectFightVerbs  wordList // [object fight verbs] lemmas: fight_object.go foughtObject
	defiantVerbs      wordList // [defiant verbs] lemmas: falseevents_adjuncts.go defianceAdjunct
	demandParticiples wordList // [demand participles] forms: falseevents_adjuncts.go protestDemand
	basicNeeds        wordList // [basic needs] forms: repressed_demand.go basicNeedsAsked
	releaseNouns      wordList // [release nouns] forms: protest_objects.go objectProtestGov
	filingNouns       wordList // [filing nouns] forms: combine.go filingAuthor
	ultimatumVerbs    wordList // [ultimatum verbs] lemmas: ultimatum.go ultimatumDemand
	restatedReports   wordList // [restated reports] forms: reactions.go restatedObject and the report denials
	restatedActs      wordList // [restated acts] forms: reactions.go restatedObject
	reactedActs       wordList // [reacted acts] forms: targets_reacted.go reactedAuthor
	resultNouns       wordList // [result nouns] forms: targets_reacted_results.go resultsAuthor
	electionWords     wordList // [election words] forms: targets_reacted_results.go electionResult
	incursionVerbs    wordList // [incursion verbs] lemmas: targets_incursion.go incursionAnswered
	kidnapWords       wordList // [kidnapping words] lemmas or forms: sources_conjuncts.go ransomAfterKidnap
	borderNouns       wordList // [border nouns] forms: troops_abroad.go borderOf, actors_border.go neighbourBorder
	troopNouns        wordList // [troop nouns] forms: refine.go (troops sent abroad)
	ownForceNouns     wordList // [own force nouns] forms: inquiry_own_forces.go ownForcesInquiry
	ownedAssets       wordList // [owned assets] forms: targets.go ownedShip
	disasterWords     wordList // [disaster words] forms: troops_abroad.go disasterAhead
	statuteNouns      wordList // [statute nouns] forms: reform_plans.go statuteRepeal
	consentWords      wordList // [consent words] forms: peace_deployment.go consented
	falsityWords      wordList // [falsity words] forms: denials.go falsityAfter
	stateDescriptors  wordList // [state descriptors] forms: targets_answered.go stateDescriptor
	reportNouns       wordList // [report nouns] forms: reports.go, reactions.go reportDenials
	authoredDocs      wordList // [authored documents] forms: sources_documents.go documentAuthor
	protestLemmas     wordList // [protest lemmas] lemmas: coref_protesters.go protestingObject
	protestNouns      wordList // [protest nouns] forms: protest_relative.go answeredProtest
	strikeHeads       wordList // [strike participle heads] forms: protest_striking.go strikingCrowd
	answeredPlans     wordList // [answered plans] forms: plan_content.go answeredPlanContent
	planAnswers       wordList // [plan answers] lemmas: plan_content.go answeredPlanContent
	collectiveHeads   wordList // [unnamed collective heads] forms: roles.go subjectDepth
	probeBodies       wordList // [probe body words] forms: refine.go probeBody
	inquiryClaims     wordList // [inquiry claims] forms: targets_inquiry.go claimClause
	chargeRejecters   wordList // [charge rejecters] lemmas: denials.go chargeDenial, hits.go matchVerb, reactions.go reportDenial
	namingVerbs       wordList // [naming verbs] lemmas: denials.go chargeDenial, reactions.go reportDenial
	attackNouns       wordList // [attack nouns] forms: sources_blamed.go blamedLater
	blamedAgents      wordList // [blamed agents] forms: sources_blamed.go blamedLater
	explosiveNouns    wordList // [explosive nouns] forms: bombings.go bombSubject
	embassyNouns      wordList // [embassy nouns] forms: refuge.go refugeGiver
	officeNouns       wordList // [protested office nouns]: targets_office_protest.go
	baseNouns         wordList // [protested base nouns]: targets_office_protest.go
	siteWays          wordList // [blocked way nouns]: protest_blockaded_site.go
	siteNouns         wordList // [blockaded site nouns]: protest_blockaded_site.go
	stateWords        wordList // [blockade state words]: protest_blockaded_site.go
	militaryStrikes   wordList // [military strike words] forms: strike_ended.go militaryStrikeEnded
	demandedPolicy    wordList // [demanded policy verbs] lemmas: demand_policy.go demandedChange
	demandedHalts     wordList // [demanded military halts] forms: demand_policy.go demandedChange
	humanitarianNeeds wordList // [humanitarian need words] forms: humanitarian_appeal.go humanitarianAppeal, offer_maker.go offeredMeans
	offeredMeans      wordList // [offered means] forms: offer_maker.go offeredMeans
	offeredForces     wordList // [offered forces] forms: offer_maker.go offeredMeans
	humanPurposes     wordList // [humanitarian purposes] forms: offer_maker.go offeredMeans
	appealedAid       wordList // [appealed aid words] forms: humanitarian_appeal.go aidAsked

	// the older rules' lists
	seizedChances         wordList // [seized chances] forms: falseevents.go idiom
	advisoryVerbs         wordList // [advisory verbs] lemmas: falseevents.go safetyAdvice
	persuadingVerbs       wordList // [persuading verbs] lemmas: coref_references.go persuadedIt
	actDoerVerbs          wordList // [act doer verbs] forms: act_doer.go actDoer
	postModifiers         wordList // [subject post-modifiers] forms: sources_postmodifier.go postModifier
	raisingVerbs          wordList // [object raising verbs] lemmas: sources_raised_object.go raisedObjectVerb
	mishapNouns           wordList // [mishap nouns] forms: falseevents.go accidentInquiry
	inquiryNouns          wordList // [inquiry nouns] forms: inquiry_opened.go openedInquiry
	economyNouns          wordList // [economy nouns] forms: falseevents.go economicWarning
	endangeredThings      wordList // [endangered things] forms: falseevents.go endangers
	endangering           wordList // [endangering] lemmas and forms: falseevents.go endangers
	organs                wordList // [organs] forms: falseevents.go internalMeeting
	innerModifiers        wordList // [inner modifiers] forms: falseevents.go internalMeeting
	innerCompany          wordList // [inner company] forms: falseevents.go internalMeeting
	choosing              wordList // [choosing] lemmas: falseevents.go internalMeeting
	meetingNouns          wordList // [meeting nouns] forms: falseevents.go internalMeeting
	chargeIdioms          wordList // [charge idioms] forms: falseevents.go idiom
	exileWords            wordList // [exile words] forms: falseevents_exile.go exileFlight
	bygoneTitles          wordList // [bygone titles] forms: bygone_titles.go prepObjectBefore
	heldPlaces            wordList // [held places] forms: held_place.go heldObject
	unaimedReactions      wordList // [unaimed reactions] lemmas: falseevents_ability.go unaimedRefusal
	untilRefusals         wordList // [until refusals] lemmas: falseevents_until.go untilCondition
	suspectClasses        wordList // [suspect classes] forms: falseevents_suspects.go suspectedClass
	staffNouns            wordList // [staff nouns] forms: sources_org_staff.go orgStaff
	unnamedAttackerHeads  wordList // [unnamed attacker heads] forms: sources_unnamed_attacker.go unnamedAttackers
	unnamedAttackerVerbs  wordList // [unnamed attacker verbs] lemmas: sources_unnamed_attacker.go unnamedAttackers
	electorate            wordList // [electorate nouns] forms: falseevents_voters.go votersAct
	meetIdiomObjects      wordList // [meet idiom objects] forms: falseevents.go idiom
	abstractObjects       wordList // [abstract objects] forms: falseevents.go idiom
	scenes                wordList // [scenes] forms: falseevents.go idiom
	negotiatedPaths       wordList // [negotiated paths] forms: falseevents.go idiom
	defiedThings          wordList // [defied things] forms: falseevents.go idiom
	withdrawnThings       wordList // [withdrawn things] forms: falseevents.go idiom, falseevents_things.go withdrawnPublication
	surrenderedRights     wordList // [surrendered rights] forms: falseevents.go idiom
	accidentNouns         wordList // [accident nouns] forms: falseevents.go accident, accidentInquiry
	defendedPlaces        wordList // [defended places] forms: falseevents.go armedDefence
	sufferers             wordList // [sufferers] forms: falseevents_clauses.go sufferersOf
	preventers            wordList // [preventers] lemmas: falseevents_clauses.go preventedGerund
	stateVerbs            wordList // [state verbs] forms: falseevents_clauses.go patientSource
	backgroundOf          wordList // [background of] forms: falseevents_history.go backgroundNominal
	reactionAt            wordList // [reaction at] forms: falseevents_history.go backgroundNominal
	chargedFor            wordList // [charged for] forms: falseevents_charged_for.go chargedCause
	purposeCausatives     wordList // [purpose causatives] lemmas: falseevents_purpose.go purposeAct
	aimNouns              wordList // [aim nouns] forms: falseevents_purpose.go purposeAct
	cessationVerbs        wordList // [cessation verbs] lemmas: falseevents_cessation.go ceasedGerund
	equippingVerbs        wordList // [equipping verbs] lemmas: falseevents_purpose.go purposeAct
	pretextNouns          wordList // [pretext nouns] forms: falseevents_purpose.go pretextNominal
	betrayalVerbs         wordList // [betrayal verbs] lemmas: falseevents_purpose.go betrayalIdiom
	victimNouns           wordList // [victim nouns] forms: targets_victims_of.go victimsOfTarget
	settlementNouns       wordList // [settlement nouns] forms: place_names.go settlementName
	fearVerbs             wordList // [fear verbs] lemmas or forms: falseevents_feared.go fearedAct
	wishVerbs             wordList // [wish verbs] lemmas or forms: falseevents_wanted.go wantedAct
	processVerbs          wordList // [process verbs] lemmas or forms: falseevents_process_object.go processObject
	standingRules         wordList // [standing rules] lemmas: falseevents_standing_rule.go standingRule
	localTitles           wordList // [local titles] forms: actors_places.go jurisdictionCountry
	congressStates        wordList // [congress states] lower-cased codes: coref_agents.go congressOfNone
	noPrimeMinister       wordList // [no prime minister] lower-cased codes: coref_agents_office.go
	opponentNouns         wordList // [opponent nouns] forms: opponents_of.go opponentsOf
	criticNouns           wordList // [critic nouns] forms: opponents_of.go opponentsOf
	namedAtrocities       wordList // [named atrocities] forms: falseevents_named_atrocity.go namedAtrocity
	ironicPraise          wordList // [ironic praise] lemmas: scare_quoted_praise.go scareQuotedPraise
	withdrawnCare         wordList // [withdrawn care] forms: falseevents_senses61.go withdrawnCare
	topicVerbs            wordList // [topic verbs] forms: falseevents_named_war.go namedInvasion
	commentVerbs          wordList // [comment verbs] lemmas: falseevents_named_war.go namedInvasion
	undergoing            wordList // [undergoing] lemmas: falseevents_history.go backgroundNominal
	findingVerbs          wordList // [finding verbs] lemmas: falseevents_history.go reportsFinding
	madeActVerbs          wordList // [made act verbs] lemmas: dateowner.go objectYear
	occasionNouns         wordList // [occasion nouns] forms: occasion_premodifier.go occasionPremodifier
	attractedAudiences    wordList // [attracted audiences] forms: falseevents_attraction.go attractsAudience
	findingNouns          wordList // [finding nouns] forms: falseevents_history.go reportsFinding
	beliefVerbs           wordList // [belief verbs] forms: falseevents_opinion.go believedAct
	beliefNouns           wordList // [belief nouns] forms: falseevents_opinion.go believedAct
	certaintyAdjectives   wordList // [certainty adjectives] forms: falseevents_opinion.go beliefClause
	punditNouns           wordList // [pundit nouns] forms: falseevents_opinion.go pundits, falseevents_forecast.go punditForecast
	forecastAdverbs       wordList // [forecast adverbs] forms: falseevents_forecast.go hedgedForecast
	appealVerbs           wordList // [appeal verbs] lemmas: falseevents_appealed.go appealedPledge
	conditionNouns        wordList // [condition nouns] forms: falseevents_opinion.go metConditions
	approvedThings        wordList // [approved things] forms: falseevents_things.go approvedBy
	intransitiveLemmas    wordList // [intransitive lemmas] lemmas: headlinese.go headlinePassive
	headlineReporting     wordList // [headline reporting] lemmas: headlinese.go headlinePassive
	commitVerbs           wordList // [commit verbs] lemmas: intent.go bareIntents
	aidIntelligence       wordList // [aid kinds intelligence] forms: coordinated_aid.go conjunctKind
	aidArms               wordList // [aid kinds arms] forms: coordinated_aid.go conjunctKind
	aidMilitary           wordList // [aid kinds military] forms: coordinated_aid.go conjunctKind
	aidHumanitarian       wordList // [aid kinds humanitarian] forms: coordinated_aid.go conjunctKind
	aidEconomic           wordList // [aid kinds economic] forms: coordinated_aid.go conjunctKind
	aidNouns              wordList // [aid nouns] forms: coordinated_aid.go conjunctKind
	mandativeWords        wordList // [mandative words] forms: mandative.go mandatedAct
	evidenceNouns         wordList // [evidence nouns] forms: mandative.go mandatedAct
	adjectivalParticiples wordList // [adjectival participles] forms: scope.go adjectivalParticiple
	positionVerbs         wordList // [position verbs] lemmas: falseevents_stance.go stanceModifier
	quantityNouns         wordList // [quantity nouns] forms: scope.go adjectivalParticiple
	unrealisedModifiers   wordList // [unrealised modifiers] forms: status_screen.go unrealisedModifier
	absenceNouns          wordList // [absence nouns] forms: status_screen.go absentEvent
	agreedViews           wordList // [agreed views] forms: status_screen.go screen
	captives              wordList // [captives] forms: status_screen.go screen
	complementNouns       wordList // [complement nouns] forms: falseevents_history.go pluperfectRelative
	concernWords          wordList // [concern words] forms: wording.go feelingHit
	contactVerbs          wordList // [contact verbs] lemmas: wording.go contactParticiple
	speechParticiples     wordList // [speech participles] lemmas: wording.go contactParticiple
	linkLabels            wordList // [link labels] forms: link_lines.go linkLine
	admitVerbs            wordList // [admit verbs] lemmas: wording.go admittedMistake
	angerWords            wordList // [anger words] forms: wording.go blameSaid, feelingHit, feltSince
	reportingVerbs        wordList // [reporting verbs] forms: actors_forces.go reporterState
	shotThings            wordList // [shot things] forms: falseevents.go shotThing
	vesselNouns           wordList // [vessel nouns] forms: unaimed.go vesselHit
	dwellingNouns         wordList // [dwelling nouns] forms: targets_property.go propertyOwner
	confinements          wordList // [confinements] forms: falseevents.go walkedFree
	walkManners           wordList // [walk manners] forms: falseevents.go walkedFree
	adjectivalGerunds     wordList // [adjectival gerunds] forms: falseevents.go adjectivalGerund and nounsense.go nounSense
	powerNouns            wordList // [power nouns] forms: falseevents_ability.go ability
	clauseObjectVerbs     wordList // [clause object verbs] lemmas: falseevents_objpart.go objectPastParticiple
	tourVerbs             wordList // [tour verbs] lemmas: inspection_tour.go inspectionTour
	statePlurals          wordList // [state plurals] forms: sources_structure.go (twoparties.go)
	adverbParticles       wordList // [adverb particles] forms: hits.go matchVerb
	demandedGoods         wordList // [demanded goods] forms: targets_reacted.go demandElsewhere
	aimWords              wordList // [aim words] forms: falseevents_aims.go aimedAct
	aimSubjects           wordList // [aim subjects] forms: falseevents_aims.go aimedAct
	talkWords             wordList // [talk words] forms: falseevents_aims.go talksTopic, twoparties.go talksWith, hosted_talks.go talksPurpose
	ballotChoices         wordList // [ballot choices] lemmas: falseevents_ballots.go ballotChoice
	ballotWords           wordList // [ballot words] forms: falseevents_ballots.go ballotChoice
	likelihoods           wordList // [likelihoods] forms: falseevents_opinion.go likelyAct
	guessers              wordList // [guessers] forms: falseevents_opinion.go spokenGuess
	reliefPurposes        wordList // [relief purposes] lemmas: falseevents_readings.go nonStrikeOperation
	reliefWords           wordList // [relief words] forms: falseevents_readings.go sanctionsRelief
	capturedWords         wordList // [captured words] forms: falseevents_readings.go capturedWeaponsShown
	publishedPlaces       wordList // [published places] forms: falseevents_things.go publishedAt
	onlineWords           wordList // [online words] forms: falseevents_things.go publishedAt
	platformNames         wordList // [platform names] lower-cased dictionary names: platform_medium.go mediumPlatform
	platformMedia         wordList // [platform media] forms: platform_medium.go mediumPlatform
	hazardWords           wordList // [hazard words] forms: falseevents_weather.go hazardWarning
	warningPenalties      wordList // [warning penalties] forms: falseevents_warnings.go idleWarning
	advisedPeople         wordList // [advised people] forms: falseevents_advisory.go advisoryWarning
	advisedAgainst        wordList // [advised against] forms: falseevents_advisory.go advisoryWarning
	privateTrips          wordList // [private trips] forms: private_trip.go privateTrip
	deniedWishes          wordList // [denied wishes] lemmas: falseevents_desire.go deniedWish
	dangerNouns           wordList // [danger nouns] forms: falseevents_danger.go dangerWarning
	dangerPenalties       wordList // [danger penalties] forms: falseevents_danger.go dangerPhrase
	dangerActs            wordList // [danger acts] forms: falseevents_danger.go warnersAct
	reliefWork            wordList // [relief work] forms: sources.go reliefArrival
	placedAttackNouns     wordList // [place-named attacks] forms: places_attackcompound.go attackPlaceCompound
	placedTalks           wordList // [place-named talks] forms: places_venuecompound.go venuePlaceCompound
	talksModifiers        wordList // [talks modifiers] forms: places_venuecompound.go venuePlaceCompound
	usStateOffices        wordList // [us state offices] forms: actors_usgeorgia.go usGeorgia
	usGeorgiaPlaces       wordList // [us georgia places] forms: actors_usgeorgia.go usGeorgia
	georgiaCountryWords   wordList // [georgia country words] forms: actors_usgeorgia.go usGeorgia
	usGeorgiaNouns        wordList // [us georgia nouns] forms: actors_usgeorgia.go usGeorgia
	usElectionOffices     wordList // [us election offices] forms: actors_usgeorgia.go usGeorgia
	forbidders            wordList // [forbidders] lemmas: forbidden.go forbiddenGerund
	forbiddenForms        wordList // [forbidden forms] forms: forbidden.go forbiddenGerund
	opposers              wordList // [opposers] lemmas: forbidden.go opposedGerund
	reasonReactions       wordList // [reason reactions] lemmas: falseevents_reason_gerund.go reasonGerund
	compoundHeads         wordList // [compound heads] forms: nounsense.go nounSense
	meetingOutcomes       wordList // [meeting outcomes] lemmas: falseevents_meeting_participle.go meetingParticiple
	accidentVerbs         wordList // [accident verbs] forms: falseevents_mishap_toll.go mishapToll
	riotHeads             wordList // [riot heads] forms: nounsense.go nounSense
	gerundHeads           wordList // [gerund heads] forms: nounsense.go nounSense
	brokerKinds           wordList // [broker kinds] forms: nounsense.go nounSense
	requestNouns          wordList // [request nouns] forms: status_screen.go requested
	riotingCrowds         wordList // [rioting crowds] forms: lexconflict.go lexFamily
	hostageNouns          wordList // [hostage nouns] forms: refine.go, targets_implied.go hostageThreat, lexconflict.go stormAbduction, conflict.go, object_complement.go, coop.go releasedPeople
	objectComplements     wordList // [object complements] forms: object_complement.go objectComplement
	releasedPeople        wordList // [released people] forms: coop.go releasedPeople
	inmateNouns           wordList // [inmate nouns] forms: codes.go escapedPeople, capturedPeople; refine.go
	capturedPeople        wordList // [captured people] forms: codes.go capturedPeople
	coalitionTopics       wordList // [coalition topics] forms: actors_forces.go ledCoalitions
	coalitionAttackNouns  wordList // [coalition attack nouns] forms: actors_forces.go coalitionModifier
	coalitionKinds        wordList // [coalition kinds] forms: actors_forces.go coalitionModifier
	vetoedMeasures        wordList // [vetoed measures] singular forms: targets_oblique.go vetoedBody
	projectAidVerbs       wordList // [project aid verbs] lemmas: project_aid.go projectPlace
	blockingVerbs         wordList // [blocking verbs] lemmas: outcome.go rejectedActs
	chargeNouns           wordList // [charge nouns] forms: denials.go chargeAfter, chargeBefore; targets_implied.go denialTail, accusedSubject; hits.go rejectsCharge; reports.go deniedReport; targets_oblique.go restatedAct
	authoredFindings      wordList // [authored findings] forms: denials.go authoredFinding
	speechForms           wordList // [speech forms] forms: coref.go speakerBefore, coref_pronouns.go nameSubjectBefore
	addingParticiples     wordList // [adding participles] forms: coref.go speakerBefore
	claimForms            wordList // [claim forms] forms: coref.go saidBetween
	quoteVerbs            wordList // [quote verbs] forms: quotes.go quoteSpeaker
	sayingVerbs           wordList // [saying verbs] lemmas: coref.go resolve, scope.go subjectNominal
	saidVerbs             wordList // [said verbs] lemmas: falseevents_opinion.go spokenGuess, ultimatum.go ultimatumDemand
	stanceVerbs           wordList // [stance verbs] lemmas: status_ahead.go presentAhead
	seizedRulers          wordList // [seized rulers] forms: targets_own.go forceOnOwnGovernment
	personTitles          wordList // [person titles] forms: coref.go resolve, coref_names.go, phrasing.go appositionOwner, bodyNoun, coref_pronouns.go itAntecedent
	ownerTitles           wordList // [owner titles] forms: coref.go resolve, phrasing.go appositionOwner, bodyNoun
	bodyNouns             wordList // [body nouns] forms: phrasing.go bodyNoun
	aspectVerbs           wordList // [aspect verbs] lemmas: sources_aspect.go aspectVerbBefore
	personNouns           wordList // [person nouns] forms: coref_names.go personNounBefore, personNounMention; coref_pronouns.go itAntecedent
	armedPersonNouns      wordList // [armed person nouns] forms: refine.go armedVictim
	kinNouns              wordList // [kin nouns] forms: actors_people.go kinMention, coref_names.go givenLike, coref_pronouns.go itAntecedent
	kinWords              wordList // [kin words] forms: coref_names.go personBefore, givenLike; coref_pronouns.go itAntecedent
	acquaintances         wordList // [acquaintances] forms: coref_names.go givenLike
	privateAgents         wordList // [private agents] forms: associates.go possessedAssociate
	writtenNouns          wordList // [written nouns] forms: targets_authored.go authoredBy
	reciprocalVerbs       wordList // [reciprocal verbs] lemmas: reciprocal.go reciprocalTargets
	humanNouns            wordList // [human nouns] forms: coref_pronouns.go itAntecedent
	memberNouns           wordList // [member nouns] forms: roles.go appositionOrg
	sentPeople            wordList // [sent people] forms: roles.go, falseevents_clauses.go hostedThing
	weaponWordList        wordList // [weapon words] forms: sources_structure.go weaponState
	armedWords            wordList // [armed words] forms: conflict.go, lexconflict.go, verbalattack.go attackedPolitician (weaponWords)
	guiseParticiples      wordList // [guise participles] forms: sources_postmod.go postModifiedSubject
	vehicleNouns          wordList // [vehicle nouns] forms: sources.go possessedUnit
	threatenedCraft       wordList // [threatened craft] forms: threat_any_object.go anyObjectOwner
	threatenedWarplanes   wordList // [threatened warplanes] forms: threat_any_object.go anyObjectOwner
	threatenedSettlements wordList // [threatened settlements] forms: threat_any_object.go anyObjectOwner
	jointActions          wordList // $JOINT_ACTION of the coder's patterns (data/verbs.txt), set by New: joint_ops.go jointActionObject
	unitNouns             wordList // [unit nouns] forms: roles.go, sources.go possessedUnit
	equipmentNouns        wordList // [equipment nouns] forms: roles.go object
	plottedActs           wordList // [plotted acts] forms: grids.go plottedAct
	unnamedPersons        wordList // [unnamed persons] forms: targets.go ownPersonTarget
	plainPersons          wordList // [plain persons] forms: arrested_counted.go suspectedOrKin
	fishingCraft          wordList // [fishing craft] forms: targets_fishing.go fishingBoatOwner
	loneFishingCraft      wordList // [lone fishing craft] forms: targets_fishing.go fishingBoatOwner
	loneAttackers         wordList // [lone attackers] forms: coref_references.go him
	massVictims           wordList // [mass victims] forms: intent.go countedVictims, conflict.go massCount
	victimGroupHeads      wordList // [victim group heads] forms: intent.go countedVictims
	killingVerbs          wordList // [killing verbs] lemmas: mass_killing.go killingHead
	killingManners        wordList // [killing manners] lemmas: mass_killing.go killingHead
	executionVerbs        wordList // [execution verbs] lemmas: executions.go fewExecuted
	handWeapons           wordList // [hand weapons] forms: mass_killing_signs.go massacreSigns
	homeBurnings          wordList // [home burnings] lemmas: mass_killing_signs.go massacreSigns
	thrownBombs           wordList // [thrown bombs] forms: thrown_bomb.go thrownBomb
	fightingNouns         wordList // [fighting nouns] forms: targets_places.go diedInFighting
	tollAntecedents       wordList // [toll antecedents] forms: falseevents_toll.go tollRelative

	// places
	placeNouns              wordList // [place nouns] forms: coref_places.go placeNoun, location.go placeHead
	placeKinds              wordList // [place kinds] forms: location.go placeHead
	regionHeads             wordList // [region heads] forms: location.go regionHead
	topicNouns              wordList // [topic nouns] forms: location.go topicNoun
	compassAdjectives       wordList // [compass adjectives] forms: location.go compassWord
	compassPoints           wordList // [compass points] forms: actors_places.go compassPoint
	waterBodies             wordList // [water bodies] forms: place_names.go waterName
	landForms               wordList // [land forms] forms: place_names.go waterName
	reasonNouns             wordList // [reason nouns] forms: reasonclause.go reasonStart
	spanSuperlatives        wordList // [span superlatives] forms: falseevents_since_span.go sinceMeasure
	speechPlaceVerbs        wordList // [speech place verbs] forms: speech_place.go speechPlace
	militaryObjects         wordList // [military objects] forms: location.go militaryObject
	militaryObjectModifiers wordList // [military object modifiers] forms: location.go militaryObject

	// acts a party is praised for, puts to another, or authors
	welcomedActs  wordList // [welcomed acts] forms: welcome.go welcomedAct
	agentActs     wordList // [agent acts] forms: welcome.go agentOfAct
	proposalNouns wordList // [proposal nouns] forms: targets_implied.go proposalNoun
	authoredNouns wordList // [authored nouns] singular forms: targets_oblique.go authorNoun

	// targets implied by the object's wording
	candidacyNouns   wordList // [candidacy nouns] forms: targets_implied.go candidateOwner
	withdrawalVerbs  wordList // [withdrawal verbs] lemmas: targets_implied.go withdrawnForces
	withdrawnForces  wordList // [withdrawn forces] forms: targets_implied.go withdrawnForces
	personnelNouns   wordList // [personnel nouns] forms: targets_implied.go personnelOf
	stateTerritories wordList // [state territories] forms: targets_implied.go countrysTerritory
	violentActs      wordList // [violent acts] forms: targets_implied.go condemnedAgent
	debtNouns        wordList // [debt nouns] forms: targets_implied.go debtOwner
	gatheringNouns   wordList // [gathering nouns] forms: targets_implied.go bannedGathering

	// targets read in oblique phrases
	sanctionObjects wordList // [sanction objects] forms: targets_oblique.go sanctionObject
	custodyNouns    wordList // [custody nouns] forms: targets_oblique.go expelledFrom, lexconflict.go jailer, targets.go grievanceHolder
	diplomatNouns   wordList // [diplomat nouns] forms: targets_oblique.go expelledFrom
	treatyNouns     wordList // [treaty nouns] forms: targets_oblique.go treatyNoun
	civilianCrowds  wordList // [civilian crowds] forms: targets_oblique.go subjectAt
	forceNouns      wordList // [force nouns] forms: targets_oblique.go subjectAt
	heldParticiples wordList // [held participles] forms: targets_oblique.go heldWord
	antecedentActs  wordList // [antecedent acts] forms: targets_oblique.go restatedAct
	governmentHeads wordList // [government heads] forms: targets_oblique.go ownGovernment
	harmNouns       wordList // [harm nouns] forms: targets_oblique.go harmNoun
	seatNouns       wordList // [seat nouns] forms: targets_oblique.go protestAtSeat
	intrusionVerbs  wordList // [intrusion verbs] lemmas: targets_oblique.go warnedIntruder
	aidedPeople     wordList // [aided people] forms: targets_oblique.go aidForPeopleIn
	ownCivilians    wordList // [own civilians] forms: targets_oblique.go ownPeopleNoun
	ownPrisoners    wordList // [own prisoners] forms: targets_oblique.go ownPeopleNoun
	ownJailedForces wordList // [own jailed soldiers] forms: targets_held_people.go ownPeopleNoun
	ownCharities    wordList // [own charities] forms: targets_oblique.go ownPeopleNoun

	// attempts on a life, threats said of an act, plans agreed, towns stormed
	officeTitles     wordList // [office titles] forms: attempt.go officeHolder
	attemptNouns     wordList // [attempt nouns] forms: attempt.go survivedAttempt
	unhurtWords      wordList // [unhurt words] forms: attempt.go survivedAttempt
	leaderBelongings wordList // [leader belongings] forms: attempt_leader.go leaderSpared
	callPurposes     wordList // [call purposes] lemmas: call_purpose.go callPurpose
	helpPurposes     wordList // [help purposes] lemmas: targets_helped.go helpedForce
	missionJoins     wordList // [mission joins] lemmas: forces_join.go leftToJoin
	missionForces    wordList // [mission forces] forms: sources_postmod.go postModifiedSubject
	killVerbs        wordList // [kill verbs] lemmas: attempt.go completedKill
	fallVerbs        wordList // [fall verbs] lemmas: deadroles.go fallenVictim
	fallNouns        wordList // [fall nouns] forms: deadroles.go fallenVictim
	captureVerbs     wordList // [capture verbs] lemmas: deadroles.go fallenVictim
	captureNouns     wordList // [capture nouns] forms: deadroles.go fallenVictim
	flownCraft       wordList // [flown craft] forms: conflict.go flownCraft
	airOpNouns       wordList // [air operation nouns] forms: killops.go operationKill
	groundOpNouns    wordList // [ground operation nouns] forms: killops.go operationKill
	unpunishedWords  wordList // [unpunished words] forms: unpunished.go unpunishedSaid
	vowForms         wordList // [vow forms] forms: unpunished.go threatSpeechBefore
	planNouns        wordList // [plan nouns] forms: planned.go planBetween
	disposalVerbs    wordList // [disposal verbs] lemmas: planned.go disposalVerb
	stormedBuildings wordList // [stormed buildings] forms: lexconflict.go stormedTown
	seatBuildings    wordList // [seat buildings] forms: occupy_buildings.go occupiedBuilding
	seizedBuildings  wordList // [seized buildings] forms: occupy_buildings.go buildingTaken
	stormArrests     wordList // [storm arrests] lemmas: lexconflict.go stormArrest
	raidSeizures     wordList // [raid seizures] lemmas: lexconflict.go (case "raid")
	crowdedVenues    wordList // [crowded venues] forms: targets_venue.go venueCivilians
	sportVenues      wordList // [sport venues] forms: discard_venue.go venuePlaceWords
	crowdViolence    wordList // [crowd violence words] forms: repression_crowd.go violentCrowd
	creedWords       wordList // [creed words] forms: coref_armed.go creedWord
	apposedActNouns  wordList // [apposed act nouns] forms: dates_apposed_reaction.go apposedActNoun

	// lists several rules read
	tollVerbs      wordList // [toll verbs] lemmas: falseevents_clauses.go consequence, killedByAttack; outcome.go attackToll
	tollDwellers   wordList // [toll dwellers] forms: targets_toll_dwellers.go dwellersOfPlace
	invertedSpeech wordList // [inverted speech verbs] lemmas: attribution.go placedSubject, inverted_speaker.go invertedSpeaker
	facingForms    wordList // [facing forms] forms: falseevents.go faced, falseevents_history.go backgroundNominal

	// participle agents (participle_agent.go)
	agentParticiples wordList // [agent participles] lemmas: participle_agent.go participleAgent
	aidParticiples   wordList // [aid participles] lemmas: participle_agent.go participleAgent, aidArrival
	aidGoods         wordList // [aid goods] forms: participle_agent.go aidArrival, namesAid
	aidCarriers      wordList // [aid carriers] forms: participle_agent.go namesAid
	militaryCargo    wordList // [military cargo] forms: relief_cargo.go reliefCargo
	warVessels       wordList // [war vessels] forms: relief_cargo.go reliefCargo
	agentNouns       wordList // [agent nouns] forms: participle_agent.go participleAgent
}

// lists binds each heading of data/words.txt to its field of v.
func (v *vocab) lists() map[string]*wordList {
	return map[string]*wordList{
		"acceptance verbs":          &v.acceptanceVerbs,
		"object fight verbs":        &v.objectFightVerbs,
		"defiant verbs":             &v.defiantVerbs,
		"demand participles":        &v.demandParticiples,
		"basic needs":               &v.basicNeeds,
		"release nouns":             &v.releaseNouns,
		"filing nouns":              &v.filingNouns,
		"ultimatum verbs":           &v.ultimatumVerbs,
		"restated reports":          &v.restatedReports,
		"restated acts":             &v.restatedActs,
		"reacted acts":              &v.reactedActs,
		"result nouns":              &v.resultNouns,
		"election words":            &v.electionWords,
		"incursion verbs":           &v.incursionVerbs,
		"embassy nouns":             &v.embassyNouns,
		"protested office nouns":    &v.officeNouns,
		"protested base nouns":      &v.baseNouns,
		"blocked way nouns":         &v.siteWays,
		"blockaded site nouns":      &v.siteNouns,
		"blockade state words":      &v.stateWords,
		"military strike words":     &v.militaryStrikes,
		"demanded policy verbs":     &v.demandedPolicy,
		"demanded military halts":   &v.demandedHalts,
		"humanitarian need words":   &v.humanitarianNeeds,
		"offered means":             &v.offeredMeans,
		"offered forces":            &v.offeredForces,
		"humanitarian purposes":     &v.humanPurposes,
		"appealed aid words":        &v.appealedAid,
		"kidnapping words":          &v.kidnapWords,
		"border nouns":              &v.borderNouns,
		"troop nouns":               &v.troopNouns,
		"own force nouns":           &v.ownForceNouns,
		"owned assets":              &v.ownedAssets,
		"consent words":             &v.consentWords,
		"disaster words":            &v.disasterWords,
		"statute nouns":             &v.statuteNouns,
		"falsity words":             &v.falsityWords,
		"state descriptors":         &v.stateDescriptors,
		"report nouns":              &v.reportNouns,
		"authored documents":        &v.authoredDocs,
		"protest lemmas":            &v.protestLemmas,
		"protest nouns":             &v.protestNouns,
		"strike participle heads":   &v.strikeHeads,
		"answered plans":            &v.answeredPlans,
		"plan answers":              &v.planAnswers,
		"unnamed collective heads":  &v.collectiveHeads,
		"probe body words":          &v.probeBodies,
		"inquiry claims":            &v.inquiryClaims,
		"charge rejecters":          &v.chargeRejecters,
		"naming verbs":              &v.namingVerbs,
		"attack nouns":              &v.attackNouns,
		"blamed agents":             &v.blamedAgents,
		"explosive nouns":           &v.explosiveNouns,
		"seized chances":            &v.seizedChances,
		"advisory verbs":            &v.advisoryVerbs,
		"persuading verbs":          &v.persuadingVerbs,
		"act doer verbs":            &v.actDoerVerbs,
		"subject post-modifiers":    &v.postModifiers,
		"object raising verbs":      &v.raisingVerbs,
		"mishap nouns":              &v.mishapNouns,
		"inquiry nouns":             &v.inquiryNouns,
		"economy nouns":             &v.economyNouns,
		"endangered things":         &v.endangeredThings,
		"endangering":               &v.endangering,
		"organs":                    &v.organs,
		"inner modifiers":           &v.innerModifiers,
		"inner company":             &v.innerCompany,
		"choosing":                  &v.choosing,
		"meeting nouns":             &v.meetingNouns,
		"charge idioms":             &v.chargeIdioms,
		"exile words":               &v.exileWords,
		"bygone titles":             &v.bygoneTitles,
		"held places":               &v.heldPlaces,
		"unaimed reactions":         &v.unaimedReactions,
		"until refusals":            &v.untilRefusals,
		"suspect classes":           &v.suspectClasses,
		"staff nouns":               &v.staffNouns,
		"unnamed attacker heads":    &v.unnamedAttackerHeads,
		"unnamed attacker verbs":    &v.unnamedAttackerVerbs,
		"electorate nouns":          &v.electorate,
		"meet idiom objects":        &v.meetIdiomObjects,
		"abstract objects":          &v.abstractObjects,
		"scenes":                    &v.scenes,
		"negotiated paths":          &v.negotiatedPaths,
		"defied things":             &v.defiedThings,
		"withdrawn things":          &v.withdrawnThings,
		"surrendered rights":        &v.surrenderedRights,
		"accident nouns":            &v.accidentNouns,
		"defended places":           &v.defendedPlaces,
		"sufferers":                 &v.sufferers,
		"preventers":                &v.preventers,
		"state verbs":               &v.stateVerbs,
		"background of":             &v.backgroundOf,
		"reaction at":               &v.reactionAt,
		"charged for":               &v.chargedFor,
		"purpose causatives":        &v.purposeCausatives,
		"aim nouns":                 &v.aimNouns,
		"cessation verbs":           &v.cessationVerbs,
		"equipping verbs":           &v.equippingVerbs,
		"pretext nouns":             &v.pretextNouns,
		"betrayal verbs":            &v.betrayalVerbs,
		"victim nouns":              &v.victimNouns,
		"settlement nouns":          &v.settlementNouns,
		"fear verbs":                &v.fearVerbs,
		"wish verbs":                &v.wishVerbs,
		"process verbs":             &v.processVerbs,
		"standing rules":            &v.standingRules,
		"local titles":              &v.localTitles,
		"congress states":           &v.congressStates,
		"no prime minister":         &v.noPrimeMinister,
		"opponent nouns":            &v.opponentNouns,
		"critic nouns":              &v.criticNouns,
		"named atrocities":          &v.namedAtrocities,
		"ironic praise":             &v.ironicPraise,
		"withdrawn care":            &v.withdrawnCare,
		"topic verbs":               &v.topicVerbs,
		"comment verbs":             &v.commentVerbs,
		"undergoing":                &v.undergoing,
		"finding verbs":             &v.findingVerbs,
		"made act verbs":            &v.madeActVerbs,
		"occasion nouns":            &v.occasionNouns,
		"attracted audiences":       &v.attractedAudiences,
		"finding nouns":             &v.findingNouns,
		"belief verbs":              &v.beliefVerbs,
		"clause object verbs":       &v.clauseObjectVerbs,
		"tour verbs":                &v.tourVerbs,
		"state plurals":             &v.statePlurals,
		"adverb particles":          &v.adverbParticles,
		"demanded goods":            &v.demandedGoods,
		"belief nouns":              &v.beliefNouns,
		"certainty adjectives":      &v.certaintyAdjectives,
		"pundit nouns":              &v.punditNouns,
		"forecast adverbs":          &v.forecastAdverbs,
		"appeal verbs":              &v.appealVerbs,
		"condition nouns":           &v.conditionNouns,
		"approved things":           &v.approvedThings,
		"intransitive lemmas":       &v.intransitiveLemmas,
		"headline reporting":        &v.headlineReporting,
		"commit verbs":              &v.commitVerbs,
		"aid kinds intelligence":    &v.aidIntelligence,
		"aid kinds arms":            &v.aidArms,
		"aid kinds military":        &v.aidMilitary,
		"aid kinds humanitarian":    &v.aidHumanitarian,
		"aid kinds economic":        &v.aidEconomic,
		"aid nouns":                 &v.aidNouns,
		"mandative words":           &v.mandativeWords,
		"evidence nouns":            &v.evidenceNouns,
		"adjectival participles":    &v.adjectivalParticiples,
		"position verbs":            &v.positionVerbs,
		"quantity nouns":            &v.quantityNouns,
		"unrealised modifiers":      &v.unrealisedModifiers,
		"absence nouns":             &v.absenceNouns,
		"agreed views":              &v.agreedViews,
		"captives":                  &v.captives,
		"complement nouns":          &v.complementNouns,
		"concern words":             &v.concernWords,
		"contact verbs":             &v.contactVerbs,
		"speech participles":        &v.speechParticiples,
		"link labels":               &v.linkLabels,
		"admit verbs":               &v.admitVerbs,
		"anger words":               &v.angerWords,
		"reporting verbs":           &v.reportingVerbs,
		"shot things":               &v.shotThings,
		"vessel nouns":              &v.vesselNouns,
		"dwelling nouns":            &v.dwellingNouns,
		"confinements":              &v.confinements,
		"walk manners":              &v.walkManners,
		"adjectival gerunds":        &v.adjectivalGerunds,
		"power nouns":               &v.powerNouns,
		"aim words":                 &v.aimWords,
		"aim subjects":              &v.aimSubjects,
		"talk words":                &v.talkWords,
		"ballot choices":            &v.ballotChoices,
		"ballot words":              &v.ballotWords,
		"likelihoods":               &v.likelihoods,
		"guessers":                  &v.guessers,
		"relief purposes":           &v.reliefPurposes,
		"relief words":              &v.reliefWords,
		"captured words":            &v.capturedWords,
		"published places":          &v.publishedPlaces,
		"online words":              &v.onlineWords,
		"platform names":            &v.platformNames,
		"platform media":            &v.platformMedia,
		"hazard words":              &v.hazardWords,
		"warning penalties":         &v.warningPenalties,
		"advised people":            &v.advisedPeople,
		"advised against":           &v.advisedAgainst,
		"private trips":             &v.privateTrips,
		"denied wishes":             &v.deniedWishes,
		"danger nouns":              &v.dangerNouns,
		"danger penalties":          &v.dangerPenalties,
		"danger acts":               &v.dangerActs,
		"relief work":               &v.reliefWork,
		"place-named attacks":       &v.placedAttackNouns,
		"place-named talks":         &v.placedTalks,
		"talks modifiers":           &v.talksModifiers,
		"us state offices":          &v.usStateOffices,
		"us georgia places":         &v.usGeorgiaPlaces,
		"georgia country words":     &v.georgiaCountryWords,
		"us georgia nouns":          &v.usGeorgiaNouns,
		"us election offices":       &v.usElectionOffices,
		"forbidders":                &v.forbidders,
		"forbidden forms":           &v.forbiddenForms,
		"opposers":                  &v.opposers,
		"reason reactions":          &v.reasonReactions,
		"compound heads":            &v.compoundHeads,
		"meeting outcomes":          &v.meetingOutcomes,
		"accident verbs":            &v.accidentVerbs,
		"riot heads":                &v.riotHeads,
		"gerund heads":              &v.gerundHeads,
		"broker kinds":              &v.brokerKinds,
		"request nouns":             &v.requestNouns,
		"rioting crowds":            &v.riotingCrowds,
		"hostage nouns":             &v.hostageNouns,
		"object complements":        &v.objectComplements,
		"released people":           &v.releasedPeople,
		"inmate nouns":              &v.inmateNouns,
		"captured people":           &v.capturedPeople,
		"coalition topics":          &v.coalitionTopics,
		"coalition attack nouns":    &v.coalitionAttackNouns,
		"coalition kinds":           &v.coalitionKinds,
		"vetoed measures":           &v.vetoedMeasures,
		"project aid verbs":         &v.projectAidVerbs,
		"blocking verbs":            &v.blockingVerbs,
		"charge nouns":              &v.chargeNouns,
		"authored findings":         &v.authoredFindings,
		"speech forms":              &v.speechForms,
		"adding participles":        &v.addingParticiples,
		"claim forms":               &v.claimForms,
		"quote verbs":               &v.quoteVerbs,
		"saying verbs":              &v.sayingVerbs,
		"said verbs":                &v.saidVerbs,
		"stance verbs":              &v.stanceVerbs,
		"seized rulers":             &v.seizedRulers,
		"person titles":             &v.personTitles,
		"owner titles":              &v.ownerTitles,
		"body nouns":                &v.bodyNouns,
		"aspect verbs":              &v.aspectVerbs,
		"person nouns":              &v.personNouns,
		"armed person nouns":        &v.armedPersonNouns,
		"kin nouns":                 &v.kinNouns,
		"kin words":                 &v.kinWords,
		"acquaintances":             &v.acquaintances,
		"private agents":            &v.privateAgents,
		"written nouns":             &v.writtenNouns,
		"reciprocal verbs":          &v.reciprocalVerbs,
		"human nouns":               &v.humanNouns,
		"member nouns":              &v.memberNouns,
		"sent people":               &v.sentPeople,
		"weapon words":              &v.weaponWordList,
		"armed words":               &v.armedWords,
		"guise participles":         &v.guiseParticiples,
		"vehicle nouns":             &v.vehicleNouns,
		"threatened craft":          &v.threatenedCraft,
		"threatened warplanes":      &v.threatenedWarplanes,
		"threatened settlements":    &v.threatenedSettlements,
		"unit nouns":                &v.unitNouns,
		"equipment nouns":           &v.equipmentNouns,
		"plotted acts":              &v.plottedActs,
		"unnamed persons":           &v.unnamedPersons,
		"plain persons":             &v.plainPersons,
		"fishing craft":             &v.fishingCraft,
		"lone fishing craft":        &v.loneFishingCraft,
		"lone attackers":            &v.loneAttackers,
		"mass victims":              &v.massVictims,
		"victim group heads":        &v.victimGroupHeads,
		"killing verbs":             &v.killingVerbs,
		"killing manners":           &v.killingManners,
		"execution verbs":           &v.executionVerbs,
		"hand weapons":              &v.handWeapons,
		"home burnings":             &v.homeBurnings,
		"thrown bombs":              &v.thrownBombs,
		"fighting nouns":            &v.fightingNouns,
		"toll antecedents":          &v.tollAntecedents,
		"place nouns":               &v.placeNouns,
		"place kinds":               &v.placeKinds,
		"region heads":              &v.regionHeads,
		"topic nouns":               &v.topicNouns,
		"compass adjectives":        &v.compassAdjectives,
		"compass points":            &v.compassPoints,
		"water bodies":              &v.waterBodies,
		"land forms":                &v.landForms,
		"reason nouns":              &v.reasonNouns,
		"span superlatives":         &v.spanSuperlatives,
		"speech place verbs":        &v.speechPlaceVerbs,
		"military objects":          &v.militaryObjects,
		"military object modifiers": &v.militaryObjectModifiers,
		"welcomed acts":             &v.welcomedActs,
		"agent acts":                &v.agentActs,
		"proposal nouns":            &v.proposalNouns,
		"authored nouns":            &v.authoredNouns,
		"candidacy nouns":           &v.candidacyNouns,
		"withdrawal verbs":          &v.withdrawalVerbs,
		"withdrawn forces":          &v.withdrawnForces,
		"personnel nouns":           &v.personnelNouns,
		"state territories":         &v.stateTerritories,
		"violent acts":              &v.violentActs,
		"debt nouns":                &v.debtNouns,
		"gathering nouns":           &v.gatheringNouns,
		"sanction objects":          &v.sanctionObjects,
		"custody nouns":             &v.custodyNouns,
		"diplomat nouns":            &v.diplomatNouns,
		"treaty nouns":              &v.treatyNouns,
		"civilian crowds":           &v.civilianCrowds,
		"force nouns":               &v.forceNouns,
		"held participles":          &v.heldParticiples,
		"antecedent acts":           &v.antecedentActs,
		"government heads":          &v.governmentHeads,
		"harm nouns":                &v.harmNouns,
		"seat nouns":                &v.seatNouns,
		"intrusion verbs":           &v.intrusionVerbs,
		"aided people":              &v.aidedPeople,
		"own civilians":             &v.ownCivilians,
		"own prisoners":             &v.ownPrisoners,
		"own jailed soldiers":       &v.ownJailedForces,
		"own charities":             &v.ownCharities,
		"office titles":             &v.officeTitles,
		"attempt nouns":             &v.attemptNouns,
		"unhurt words":              &v.unhurtWords,
		"leader belongings":         &v.leaderBelongings,
		"call purposes":             &v.callPurposes,
		"help purposes":             &v.helpPurposes,
		"mission joins":             &v.missionJoins,
		"mission forces":            &v.missionForces,
		"kill verbs":                &v.killVerbs,
		"fall verbs":                &v.fallVerbs,
		"fall nouns":                &v.fallNouns,
		"capture verbs":             &v.captureVerbs,
		"capture nouns":             &v.captureNouns,
		"flown craft":               &v.flownCraft,
		"air operation nouns":       &v.airOpNouns,
		"ground operation nouns":    &v.groundOpNouns,
		"unpunished words":          &v.unpunishedWords,
		"vow forms":                 &v.vowForms,
		"plan nouns":                &v.planNouns,
		"disposal verbs":            &v.disposalVerbs,
		"stormed buildings":         &v.stormedBuildings,
		"seat buildings":            &v.seatBuildings,
		"seized buildings":          &v.seizedBuildings,
		"storm arrests":             &v.stormArrests,
		"raid seizures":             &v.raidSeizures,
		"crowded venues":            &v.crowdedVenues,
		"sport venues":              &v.sportVenues,
		"crowd violence words":      &v.crowdViolence,
		"creed words":               &v.creedWords,
		"apposed act nouns":         &v.apposedActNouns,
		"toll verbs":                &v.tollVerbs,
		"toll dwellers":             &v.tollDwellers,
		"inverted speech verbs":     &v.invertedSpeech,
		"facing forms":              &v.facingForms,
		"agent participles":         &v.agentParticiples,
		"aid participles":           &v.aidParticiples,
		"aid goods":                 &v.aidGoods,
		"aid carriers":              &v.aidCarriers,
		"military cargo":            &v.militaryCargo,
		"war vessels":               &v.warVessels,
		"agent nouns":               &v.agentNouns,
	}
}

// parseVocab reads the word lists of data, in the format of
// data/words.txt (internal/wordlist: "[name]" headings, words separated
// by blanks, "#" comments); file names the source in errors. It fails
// with wordlist.Parse's errors: naming file and line on an unknown
// heading (and the nearest of the lists of vocab, what a typo meant), a
// repeated one, words before the first heading, a word twice in a list,
// or a word that is not lower-case letters (accented ones too), digits,
// "-", "'" and "." (a capital, a comma or a quotation mark left from a
// typo); and naming file on a list vocab needs that the text does not
// give or gives empty.
func parseVocab(data []byte, file string) (*vocab, error) {
	v := &vocab{}
	if err := wordlist.Parse(data, file, "events/vocab.go", v.lists()); err != nil {
		return nil, err
	}
	return v, nil
}
