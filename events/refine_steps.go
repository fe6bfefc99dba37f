package events

// The refinement steps: the rules codeSentence runs, in order, on each
// candidate still live once the sentence's hits are merged and screened,
// which sharpen, replace or clear its code and settle its target. With
// --why the code is traced through them (why_steps.go).

// refineSteps runs the refinement steps on the live hit hits[k] and
// returns the trace of its code (nil unless the coder explains): after
// each step, the trace notes whether the step cleared or replaced the
// code, naming it and saying in a few words what it reads.
func (c *Coder) refineSteps(ctx *articleCtx, st *sentence, hits []verbHit, live []bool, k int) *codeTrace {
	h := &hits[k]
	tr := ctx.traceCode(st, h)
	restrictedOrg(st, h) // "suspended the BBC": an outlet silenced (restricted_orgs.go)
	tr.after("restrictedOrg", "a body or news outlet suspended is restricted")
	partyBanned(st, h) // "a court suspended Al Wefaq": a party banned (party_ban.go)
	tr.after("partyBanned", "a party or organisation banned")
	c.lexFamily(st, h) // a figurative "hammered", "hauled in", "descended on" (lexconflict.go)
	tr.after("lexFamily", "a figurative use of a verb of force, or aid at home")
	crowdSeizure(st, h) // "protesters occupied the airport": a protest (crowd_seizure.go)
	tr.after("crowdSeizure", "a crowd's seizure is a protest")
	coupMaker(st, h) // "an interim government will take power": no coup (coups.go)
	tr.after("coupMaker", "a coup only by an armed force, group or junta")
	c.shootOrder(st, h) // "ordered police to shoot": repression threatened (shoot_orders.go)
	tr.after("shootOrder", "an order to shoot")
	// ground taken only by a fighting side, of ground or of a state's
	// building (occupy.go, occupy_buildings.go)
	occupyFamily(st, h)
	tr.after("occupyFamily", "ground or a state's building taken, only by a fighting side")
	c.refine(ctx, st, h)
	tr.after("refine", "the code sharpened from its actors and place")
	c.builtAbroad(st, h) // "began building a reactor in Bangladesh" (built_abroad.go)
	tr.after("builtAbroad", "a plant built abroad")
	deployedForce(st, h) // "endorsed the deployment of Russian peacekeepers to the country" (peace_deployment.go)
	tr.after("deployedForce", "an approved deployment's force")
	c.refineConflict(st, h)
	tr.after("refineConflict", "an act of force sharpened from its means and victims")
	crewPeople(st, h) // "detained their crews": the boats' state's civilians (targets_crew.go)
	tr.after("crewPeople", "a boat's crew")
	captiveSailors(st, h) // "militants freed ten Indonesian sailors": a merchant crew (targets_crew.go)
	tr.after("captiveSailors", "sailors held or freed by an armed group")
	bombedState(st, h) // "bombed a pipeline in Rivers state": the state, not its civilians (targets_bombed_state.go)
	tr.after("bombedState", "a bombing in the bomber's own state")
	c.villageRaid(st, h) // "gunmen raided an Ivorian border village": the villagers (targets_village_raid.go)
	tr.after("villageRaid", "a village raided at home: its villagers")
	c.targetFamilies(st, h)
	tr.after("targetFamilies", "a target a rule family knows better")
	documentTarget(st, hits[:k], h) // "rejected a UN report criticising its restrictions" (sources_documents.go)
	tr.after("documentTarget", "the party a document names")
	c.fallenTargets(ctx, st, h) // "a U.S. strike killed Iranian commander Qassem Soleimani": IRNMIL (targets_fallen.go, deadroles.go)
	tr.after("fallenTargets", "the leader an act of force fell on")
	conjunctOwner(st, hits[:k], live[:k], h) // "banned the party and seized its offices" (targets_conjunct.go)
	tr.after("conjunctOwner", "an object standing for an earlier act's target")
	conjunctCut(st, hits[:k], live[:k], h) // "recalled its envoy from Israel and halted economic ties" (targets_conjunct_cut.go)
	tr.after("conjunctCut", "a cut coordinated with another")
	c.releaseDetainer(st, hits[:k], live[:k], h) // "police detained two Serbian officials, and Belgrade demanded their release" (targets_release_detainer.go)
	tr.after("releaseDetainer", "the state that detained the people a release is demanded of")
	c.deniedAccuser(st, hits, live, k) // "denied …, after the United States accused it" (targets_accuser.go)
	tr.after("deniedAccuser", "the accuser a denial answers")
	c.reactedAuthor(st, h) // "regretted Finland's decision … and denied" (targets_reacted.go)
	tr.after("reactedAuthor", "the author of the act reacted to")
	c.allegedFacility(st, h) // targets_oblique.go
	tr.after("allegedFacility", "the facility an alleged attack hit")
	c.recodeForceOnPeople(st, h) // codes.go: repression, assaults on a person
	tr.after("recodeForceOnPeople", "force on protesters or on a person")
	massAttackOnPeople(st, h) // "attacked mourners …, killing more than 60 people": 202 (mass_attack.go)
	tr.after("massAttackOnPeople", "an armed attack on a group of people")
	attemptedAssassination(st, h) // "tried to shoot the mayor but missed": the attempt happened (attempted_protest.go)
	tr.after("attemptedAssassination", "an attempt on a life")
	sighting(st, h) // "detected 45 Chinese military aircraft": China's show of force (sightings.go)
	tr.after("sighting", "foreign forces detected")
	callActs(st, hits, h) // "telephoned Vajpayee to offer condolences": to the one called (call_purpose.go)
	tr.after("callActs", "an act told as a call's purpose")
	aidToUnnamedStates(st, h) // "granted food aid to Asian and African countries": no target (aid_unnamed_states.go)
	tr.after("aidToUnnamedStates", "aid to unnamed states")
	jointOwnForces(st, h) // "Kenyan police and soldiers … in a joint patrol": no cooperation of two states (joint_ops.go)
	tr.after("jointOwnForces", "a joint patrol of one state's forces")
	jointPolice(st, h) // "Kenyan and Ugandan police … in a joint operation": 060 (joint_ops.go)
	tr.after("jointPolice", "a joint operation of police forces")
	employerTarget(st, h) // "Boeing machinists went on strike": the firm (employer_strike.go)
	tr.after("employerTarget", "a strike's employer")
	demandedBusiness(st, h) // "went on strike to press estate owners for a wage": the owners (employer_demand.go)
	tr.after("demandedBusiness", "a business pressed by a protest")
	searchJoined(st, h) // "joined the search for survivors in Albania": ALB, none at home (search_joined.go)
	tr.after("searchJoined", "a search for survivors joined")
	victimsOfTarget(st, h) // "condolences for the victims of a gunman": not the gunman (targets_victims_of.go)
	tr.after("victimsOfTarget", "the victims of an attacker, not the attacker")
	return tr
}
