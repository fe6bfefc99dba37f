package events

// Sharpening a coded event from its actors and place, and the word
// tests the rules use.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// refine sharpens a hit's code from its actors and place: missiles fired
// at an actor are a strike (195), not a show of force; strikes by jets or
// drones are aerial (195); a meeting in a third country is 044; a
// cooperative 03x intent is always future.
func (c *Coder) refine(ctx *articleCtx, st *sentence, h *verbHit) {
	labourStrike(st, h)
	c.words.thrownBomb(st, h) // "unidentified men threw a petrol bomb": 183, not a riot (thrown_bomb.go)
	if !sourceKindKept(h) {
		h.code = "" // "council workers cleared the streets": no security force acted (source_kind.go)
		return
	}
	if haltOfOther(st, h) || armyOfficers(st, h) {
		h.code = "" // "Egypt announced a halt to Israeli attacks" (targets_mediation.go); "the army deployed officers" (police_home.go)
		return
	}
	dragAwayByForce(st, h) // "police dragged away students": 175, not 181 (source_kind.go)
	if a := arrestAgent(st, h); a != nil {
		h.source = a // "launched a crackdown on militants arresting 70 members": the state's arrest (arrest_agent.go)
	}
	arrestingForces(h) // "forces continue to apprehend those responsible": police (arrest_forces.go)
	c.refusedCooperation(st, h)
	head := st.toks[h.head].Lemma
	var with string // the weapons code of an unspecified attack's "with" phrase
	if h.code == "190" {
		with = attackWith(st, h)
	}
	switch {
	case h.code == "150" && (h.threat || h.status == dyad.Future) && (firedNear(st, h) || firedAtPosition(st, h) || head == "fire" && artilleryFired(st, h)):
		h.code = "138" // "threatened to fire missiles at Guam", "… into the sea near Guam": a threat of force, not a strike
	case h.code == "150" && (firedAt(st, h) || firedAtPosition(st, h)) && !warningShots(st, h):
		h.code = "195"
		if words(st.toks, "rockets", "rocket", "shells", "mortars", "artillery") {
			h.code = "194" // rockets and shells fired at a target: artillery
		}
	case h.code == "195" && head == "drop" && bombedRange(st, h):
		// "warplanes dropped four bombs on a shooting range": a
		// live-fire drill, a show of force (CODING.md:
		// drills are 150, only strikes 19x)
		h.code = "150"
	case h.code == "150" && head == "fire" && artilleryFired(st, h):
		// "fired artillery along the Line of Control": shelling, not a show
		// of force (CODING.md: only tests, drills, warning shots and
		// incursions are 150); shells fired into the sea stay 150
		h.code = "194"
	case h.code == "175" && shotsOverhead(st, h):
		// "fired shots into the air to disperse the crowd": a show of
		// force aimed at no one, not repression (shots_overhead.go)
		h.code, h.target = "150", nil
	case h.code == "090":
		switch {
		case words(nonActorTokens(st), "corruption", "bribery", "bribes", "fraud", "criminal", "embezzlement", "laundering", "murder", "sabotage"):
			// (what is investigated, not a court's name: "the International
			// Criminal Court's prosecutor … into alleged abuses" is 092)
			h.code = "091"
		case atrocityCrimes(st.toks):
			h.code = "094" // "into possible crimes against humanity" (verbal.go)
		case words(st.toks, "abuses", "rights", "executions", "torture", "killings", "disappearances"):
			h.code = "092" // (a human rights body's inquiry too)
		case words(st.toks, "strike", "airstrike", "attack", "raid", "shelling", "bombing"):
			h.code = "093"
		case words(st.toks, "war"):
			if words(st.toks, "crimes") {
				h.code = "094"
			}
		case len(h.source) > 0 && (hasSector(h.source[0], "COP", "JUD") || c.probeBody(st, h.source[0])):
			h.code = "091" // police, prosecutors and anti-graft bodies investigate crime and corruption
		}
	case (h.code == "190" || h.code == "180") && head == "kill" && words(st.toks[h.head:], "hundreds", "thousands", "massacre"):
		h.code = "202" // mass killing
	case h.code == "174" && (words(st.toks[h.head:], "thousands", "hundreds") && len(h.source) > 0 && (nonState(h.source[0]) || hasSector(h.source[0], "MIL")) || wholePopulation(st.toks[h.head:])):
		h.code = "201" // mass expulsion: thousands driven out by an armed force or group, or a whole population (a state deporting thousands of migrants deports them, 174: gold README)
	case h.code == "171" && seizesTerritory(st.toks, h.end):
		h.code = "192" // seizing territory is occupying it
	case h.code == "171" && c.seizedPlace(st, h) != nil:
		h.code = "192" // "seized (control of) most of Goma"
		if len(h.target) == 0 || h.target[0].Place {
			h.target = []actors.Mention{*c.seizedPlace(st, h)}
		}
	case h.code == "171" && len(h.target) > 0 && objectNoun(st.toks, h.end, "staff", "members", "workers", "crew", "hostages", "civilians", "people", "journalists", "tourists", "nationals", "citizens", "employees", "engineers", "aid",
		"crewmen", "crewman", "employee", "worker", "engineer", "tourist", "journalist", "national", "citizen", "hostage",
		"son", "sons", "daughter", "daughters", "wife", "husband", "child", "children", "boy", "boys", "girl", "girls", "brother", "sister", "father", "mother", "relatives"):
		h.code = "181" // seizing people is abducting them ("seized three Indonesian crewmen", "a French employee", "the 12-year-old son of a bank manager")
	case h.code == "171" && len(h.source) > 0 && kidnappers(h.source[0].Text):
		h.code = "181" // what kidnappers seize is a person: "kidnappers seized a bank manager's son"
	case h.code == "183" && len(h.source) > 0 && (len(h.source[0].Sectors) == 0 && h.source[0].Country != "" || hasSector(h.source[0], "GOV", "MIL")) && !strings.Contains(strings.ToLower(h.source[0].Text), "suicide"):
		h.code = "195" // a state's bombing is an air strike, not a car bomb
	case h.code == "1712" && len(h.source) > 0 && aerial(h.source[0].Text):
		h.code = "195" // destroyed from the air
	case with != "":
		h.code = with // "attacked a bulk carrier with drones and missiles"
	case h.code == "190" && len(h.source) > 0 && aerial(h.source[0].Text):
		h.code = "195"
	case h.code == "190" && h.p.Noun && h.head > 0 && (st.toks[h.head-1].Lower == "drone" || st.toks[h.head-1].Lower == "air"):
		h.code = "195" // "the drone attack": from the air

	case h.code == "100" && len(h.target) == 0 && len(h.source) > 0 && civil(h.source[0]) && h.head > 0 && st.toks[h.head-1].Lower == "to":
		// "teachers marched … to demand higher salaries": a protest for a
		// policy change, aimed at the government
		h.code, h.status = "1412", dyad.Asserted
		gov := c.implicitActor(h.source[0], h, "GOV")
		if gov.Country != "" {
			h.target = []actors.Mention{gov}
		}
	case forceThreat(st, h):
		h.code = "138" // "threatened to strike Israel": force, not a labour strike
	case h.code == "040" && words(st.toks, "phone", "telephone"):
		h.code = "041" // "in a telephone call, … discussed"
	case h.code == "040" && len(h.source) > 0:
		if loc := c.sentencePlace(st, h); loc != nil {
			third := loc.Country != h.source[0].Country
			for _, t := range h.target {
				third = third && loc.Country != t.Country
			}
			if len(h.source) > 1 {
				for _, s := range h.source {
					third = third && loc.Country != s.Country
				}
			}
			if third {
				h.code = "044"
			}
		}
	}
	if (h.code == "195" || h.code == "1952" || h.code == "190") && h.p.Noun && len(h.source) == 1 && (h.source[0].End == h.head && stateForceModifier(st.toks, h.source[0]) || flownBy(st.toks, h, h.source[0])) {
		// "a Russian drone strike", "killed by an Israeli air strike",
		// "killed in a U.S. air strike", "condemned an Israeli air strike":
		// flown by the country's military, whatever predicate the strike is
		// the argument of (gold README, "<Nationality> air strikes" MIL)
		f := h.source[0]
		f.Code, f.Sectors = f.Country+"MIL", []string{"MIL"}
		h.source = []actors.Mention{f}
	} else if len(h.source) == 1 && (h.source[0].Kind == actors.KindAdjective || h.source[0].Kind == actors.KindCountry && h.source[0].Start == 1 && st.toks[0].Tag == "DT") &&
		len(h.source[0].Sectors) == 0 && h.source[0].Country != "" &&
		harm(h.code) && !h.passive && forceNounAt(st.toks, h.source[0].End) &&
		(h.source[0].Start == 0 || h.source[0].Start == 1 && st.toks[0].Tag == "DT") {
		// "An Israeli airstrike … killed three Hezbollah fighters", "A
		// U.S. airstrike killed": an air strike that opens the sentence
		// as a harm verb's subject is the country's military (not an
		// agent phrase or nominal: "hit by Indian missile strikes")
		f := h.source[0]
		f.Code, f.Sectors = f.Country+"MIL", []string{"MIL"}
		h.source = []actors.Mention{f}
	}
	if h.code == "154" && len(h.source) == 1 && h.source[0].Country != "" && c.words.troopNouns.anyIn(st.toks[h.head:h.end]) {
		// "sent 150 soldiers to Haiti": troops sent abroad are a deployment
		// to that country (074), troops sent at home a mobilisation (154)
		t := h.target
		if len(t) == 0 || len(t[0].Sectors) > 0 && t[0].Country == h.source[0].Country {
			// (the troops themselves named: "would send 21,500 more U.S.
			// troops to Iraq")
			t = c.placeTarget(st, h)
		} else if !sentToward(st.toks, t[0].Start, st.toks[h.head].Lemma == "deploy") || len(t[0].Sectors) > 0 {
			t = nil
		}
		if len(t) > 0 && t[0].Country != h.source[0].Country && !c.words.borderOf(st.toks, t[0].End) {
			h.code, h.target = "074", t
			if h.status == dyad.Future {
				h.code = "0334" // "would send 3,000 more troops to Poland": a pledge, an intent (CODING.md)
			}
		}
	}
	c.words.troopsPurpose(st, h) // "sent troops to Russia for training" 062 (troops_abroad.go)
	c.arrivedIn(st, h)           // "crossed into Bahrain to help put down protests" 074 BHR (troops_abroad.go)
	c.leftToJoin(st, h)          // "flew out of Jakarta to join the U.N. force in Lebanon" 074 LBN (forces_join.go)
	c.humanitarianAppeal(st, h)  // "appealed for international help after the earthquake" 0233 (humanitarian_appeal.go)
	if len(h.source) == 1 && (len(h.source[0].Sectors) == 0 || hasSector(h.source[0], "GOV")) && cameo.Root(h.code) == "15" && words(st.toks[h.head:h.end], "alert", "standby") {
		// "put its army on high alert", "put its troops on standby",
		// "Ecuador's president put the armed forces on maximum alert": the
		// force the text names as put on alert is the source (gold README,
		// decided 2026-12-01). A country named as the subject of any other show of
		// force or deployment stays the country alone (CODING.md):
		// "Poland scrambled fighter jets" POL 150, "Kenya deployed 400
		// police officers to Haiti" KEN 074 HTI
		if f, ok := c.ownForce(st, h); ok {
			h.source = []actors.Mention{f}
			if h.code == "152" && hasSector(f, "COP") {
				h.code = "151"
			}
		}
	}
	if h.code == "152" && len(h.source) == 1 && hasSector(h.source[0], "COP") {
		h.code = "151" // "Thai police raised their alert level": police alert (CAMEO 151)
	}
	if len(h.source) > 0 {
		src := h.source[0]
		c.coopRefine(st, h, src) // "handed over its weapons to Ukraine": aid, not disarmament (coop.go)
		state := len(src.Sectors) == 0 || hasSector(src, "GOV", "MIL", "COP")
		switch {
		case h.code == "144" && state && src.Country != "":
			h.code = "191" // a state blocking ports or roads imposes a blockade
		case h.code == "129" && len(h.target) == 0 && hasSector(src, "GOV") && src.Country != "" &&
			objectNoun(st.toks, h.end, "bill", "bills", "law", "laws", "legislation", "budget", "amendment", "amendments"):
			// "Poland's president vetoed a bill extending benefits": the
			// legislature that passed it is the target (gold README,
			// decided 2026-12-01)
			h.target = []actors.Mention{c.implicitActor(src, h, "LEG")}
		case h.code == "0874" && len(h.target) > 0 && strings.HasPrefix(h.target[0].Code, "IGO"):
			h.code = "160" // withdrawing from an organisation
		case h.code == "190" && strings.Contains(strings.ToLower(src.Text), "suicide"):
			h.code = "1831"
		case h.code == "190" && head == "wound" && shotAndWounded(st.toks, h.head):
			h.code = "193" // "shot and wounded": the shooting is the act
		case h.code == "190" && (head == "kill" || head == "wound") && (hasSector(src, "REB", "UAF", "CRM") || strings.HasPrefix(src.Code, "IMG")) && !armedTargets(h):
			h.code = "180" // non-state killings of non-combatants are assaults; "rebels killed 20 soldiers" stays 190 (CODING.md)
		case h.code == "180" && head == "shoot" && state && src.Country != "" && (len(h.target) > 0 || capturedVictims(st, h)):
			h.code = stateShooting(st, h) // "security forces have shot dead eight militants" (statekillings.go)
		}
		if q := pastPortion(st.toks, h.end); (head == "release" || head == "free") && strings.HasPrefix(h.code, "084") &&
			(len(h.target) == 0 && !st.words.releasedAfter(st.toks, q) || len(h.target) > 0 && h.target[0].Start > q+4) {
			h.code = "" // only freeing someone named right after the verb: not "released accounts of a call with X"
			return
		}
		if head == "scramble" && h.end == h.head+1 && !hasSector(src, "MIL") {
			h.code = "" // "rescuers scrambled to reach …": only forces scramble
			return
		}
		if head == "move" && h.code == "150" && h.end-h.head > 2 {
			h.code = "" // "drones moved slowly beneath the jets": no moved warships
			return
		}
		if strings.HasPrefix(h.code, "166") && len(h.target) > 0 && h.target[0].Country == src.Country {
			h.code = "" // "ordered US forces in Syria to leave": a withdrawal, not an expulsion
			return
		}
		if head == "press" && h.code == "020" && pressOn(st.toks, h.head) {
			h.code = "" // "can press ahead with its attempts": going on, no appeal (verbal.go)
			return
		}
		if head == "hail" && h.end < len(st.toks) && st.toks[h.end].Lower == "from" {
			h.code = "" // "who hailed from the Muslim Brotherhood": origin, not praise
			return
		}
		if head == "consider" && !(h.end < len(st.toks) && (st.toks[h.end].Tag == "VBG" || strings.HasSuffix(st.toks[h.end].Lower, "ing"))) &&
			!(st.toks[h.head].Tag == "VBG" && h.head > 0 && st.toks[h.head-1].Lemma == "be" && h.end < len(st.toks) && (st.toks[h.end].Tag == "DT" || st.toks[h.end].Tag == "JJ")) {
			// (but "is considering a fresh debt swap": a policy weighed)
			h.code = "" // only "considering imposing sanctions" is a policy option (014)
			return
		}
		if head == "leave" && h.code == "160" && st.words.leavesTreaty(st.toks, h.head) {
			// "Washington formally left the Intermediate-Range Nuclear
			// Forces Treaty": a treaty left is relations reduced, as one
			// pulled out of (gold: USA 160 RUS); a multilateral treaty
			// has no target (treatyParty, targets_oblique.go)
			p := *h.p
			p.Flags &^= flagNeedTarget
			h.p = &p
		} else if (head == "leave" && h.code != "042" && !h.p.has(flagForce) || head == "join" && h.code != "060" && h.code != "062" && h.code != "0312" && h.code != "073" && !strings.HasPrefix(h.code, "02") && cameo.Root(h.code) != "14") && !(len(h.target) > 0 && strings.HasPrefix(h.target[0].Code, "IGO")) {
			// (joining calls is an appeal: "joined calls for a ceasefire";
			// a military coalition joined is cooperation, 062; a strike
			// joined is the joiner's strike: "an oil workers' union joined
			// a general strike" 143; a search for survivors joined is aid,
			// 073)
			h.code = "" // only joining or leaving an organisation is an event ("left for Moscow" is a visit, "joined forces" cooperation; forces leaving a place withdraw: forces_leave.go)
			return
		}
		if (h.code == "042" || h.code == "073" && selfFlown(st.toks, h)) && st.words.privateTrip(st.toks, h) {
			h.code = "" // "left for his medical treatment trip to the US", "flew to Singapore for medical treatment": no state visit, no aid (private_trip.go)
			return
		}
		if h.code == "138" && hasSector(src, "LAB") && len(src.Sectors) == 1 {
			h.code = "133" // "the mineworkers' union threatened to strike": a walkout threatened, no force
		}
		if cameo.Root(h.code) == "14" && !civil(src) {
			if head == "protest" && st.toks[h.head].Tag == "VBD" && src.Kind != "coref" && (len(src.Sectors) == 0 || hasSector(src, "GOV")) && src.Country != "" && !hasSector(src, "MIL", "REB", "UAF", "COP") {
				h.code = "114" // "China protested against the US arms sale": a state's official complaint
			} else {
				h.code = "" // only civilians protest; "fighters stormed a hotel" is no protest
				return
			}
		}
		if cameo.Root(h.code) == "14" && len(h.target) == 1 && h.target[0].Kind == actors.KindCapital && len(h.target[0].Sectors) == 0 {
			// "farmers marching on New Delhi": on the seat of government
			gov := h.target[0]
			gov.Code, gov.Sectors = gov.Country+"GOV", []string{"GOV"}
			h.target = []actors.Mention{gov}
		}
		if cameo.Root(h.code) == "14" && len(h.target) == 0 && src.Country != "" && (against(st.toks, h.head) || hasSector(src, "OPP") || strings.HasPrefix(h.code, "142") || strings.HasPrefix(h.code, "143") || strings.HasPrefix(h.code, "144") || words(st.toks, "anti-government")) {
			// the opposition's protests, and blocked roads, are aimed at the
			// government too
			gov := c.implicitActor(src, h, "GOV")
			if j := jailer(st); strings.HasPrefix(h.code, "142") && j != "" {
				gov.Country, gov.Code = j, j+"GOV" // "prisoners in Israeli jails began a hunger strike": the jailer's (lexconflict.go)
			}
			if k := againstAt(st.toks, h.head); k >= 0 && objectNoun(st.toks, k, "military", "army", "junta's", "coup") {
				gov.Code, gov.Sectors = src.Country+"MIL", []string{"MIL"} // "against the military coup"
			}
			gov.Name = c.matcher.Dictionary().Name(gov.Country)
			h.target = []actors.Mention{gov} // "protested against the pension reform": the government
			if m := namedAgainst(st, h); m != nil {
				h.target = []actors.Mention{*m} // "staged a protest against the Syrian government" (protest_against.go)
			}
			if f := workplaceFirm(st, src); f != nil && !against(st.toks, h.head) {
				h.target = []actors.Mention{*f} // "workers at Samsung Electronics walked off the job": their employer (actors_groups.go)
			}
		}
		if strings.HasPrefix(h.code, "087") && len(h.target) == 0 {
			// "withdrew from the city of Kherson": the place withdrawn from
			if t := c.fromPlace(st, h); t != nil && (t.Country != src.Country || nonState(src)) {
				// (a rebel group's withdrawal from a town of its country
				// takes that country, as its seizure does: gold README)
				h.target = []actors.Mention{*t}
			}
		}
		if r := cameo.Root(h.code); (r == "15" || r == "18" || r == "19" || h.code == "196") && len(h.target) == 0 &&
			!h.p.has(flagNeedTarget) && len(h.accuser) > 0 && h.accuser[0].Country != "" && (h.accuser[0].Country != src.Country || h.code == "196" && h.accuser[0].Code != src.Code) &&
			!(r != "15" && h.code != "196" && c.attackPlace(st, h) != nil && !st.words.militaryObject(st.toks, h.end)) { // "accused Russia of mounting an attack in Salisbury": the place's (below)
			// "Kyiv accused Moscow of massing troops near the border": force
			// alleged with no named target is aimed at the accuser; a
			// truce broken is the accuser's also within one country ("the
			// army accused the RSF of wrecking the truce": SDNREB 196 SDNMIL)
			h.target = h.accuser[:1]
		}
		if cameo.Root(h.code) == "15" && len(h.target) == 0 && h.status == dyad.Asserted {
			// "warships sailed near Alaska's Aleutian Islands": a show of
			// force near another country's territory is aimed at it
			if t := c.nearPlace(st, h); t != nil && t.Country != src.Country {
				h.target = []actors.Mention{*t}
			}
		}
		if r := cameo.Root(h.code); (r == "18" || r == "19" || r == "20") && len(h.target) == 0 && !h.p.has(flagMutual) {
			// (a mutual verb's other party is named, never a place: "was
			// fighting in Syria" is not fighting Syria)
			if t := c.attackPlace(st, h); t != nil && t.Country != src.Country {
				h.target = []actors.Mention{*t}
			}
		}
		if r := cameo.Root(h.code); (r == "18" || r == "20") && len(h.target) == 0 {
			// mass violence and assaults with no named victim: the civilians
			// of the place, else of the perpetrator's own country
			country := c.clauseCountry(st, h.head)
			if country == "" {
				country = src.Country
				h.ownVictims = len(h.source) > 1 // each source's own civilians (record.go ownVictimTargets)
			}
			if country != "" {
				v := src
				v.Code, v.Country, v.Sectors, v.Kind = country+"CVL", country, []string{"CVL"}, "coref"
				v.Name = c.matcher.Dictionary().Name(country)
				// implicit: named by no words, so no text and an empty span
				v.Start, v.End, v.Span, v.Text = h.head, h.head, [2]int{0, 0}, ""
				v.Person, v.Possessive, v.Modifier, v.Place = false, false, false, false
				if k := armedVictim(st, h); k >= 0 {
					// "Police in Texas shot the gunman dead": an armed man
					// of the place, no civilian
					t := st.toks[k]
					v.Code, v.Sectors = country+"UAF", []string{"UAF"}
					v.Start, v.End, v.Text, v.Person = k, k+1, t.Text, true
					v.Span = [2]int{t.Start, t.End}
					if h.code == "180" && head == "shoot" && (len(src.Sectors) == 0 || hasSector(src, "GOV", "MIL", "COP")) {
						h.code = "190" // a state's force shooting an armed man, as with one named (stateShooting)
					}
				}
				h.target = []actors.Mention{v}
			}
		}
	}
	if (h.code == "012" || h.code == "013") && len(h.target) == 0 {
		// "confident that a deal with Washington could be reached": the
		// party to the deal hoped for
		for k := h.end; k+2 < len(st.toks) && k < h.end+10; k++ {
			switch strings.TrimSuffix(st.toks[k].Lower, "s") {
			case "deal", "agreement", "accord", "talk", "truce", "ceasefire":
				if st.toks[k+1].Lower == "with" {
					if m := st.at[k+2]; m >= 0 || k+3 < len(st.toks) && st.toks[k+2].Lower == "the" && st.at[k+3] >= 0 {
						if m < 0 {
							m = st.at[k+3]
						}
						h.target = []actors.Mention{st.ments[m]}
					}
				}
			}
			if st.toks[k].Text == ";" || len(h.target) > 0 {
				break
			}
		}
	}
	if cameo.Root(h.code) == "09" && len(h.target) == 0 {
		// "an inquiry into Chinese subsidies", "into abuses by Belarusian
		// security forces": whose conduct is investigated
		h.target = c.intoActor(st, h)
	}
	if head := st.toks[h.head].Lemma; (head == "receive" && h.code == "043" || head == "welcome" && h.code == "013") && len(h.target) == 1 && len(h.source) > 0 {
		// "received Zelensky at Castel Gandolfo", "welcomed Modi to Tokyo":
		// a host receiving a leader; not "received aid from Denmark"
		t := h.target[0]
		near := h.passive || t.Start <= h.end+1
		leader := t.Person || hasSector(t, "GOV")
		switch {
		case head == "receive" && !(near && leader):
			h.code = ""
			return
		case head == "welcome" && near && leader && t.End+1 < len(st.toks) && st.toks[t.End].Lower == "to" && startsUpperASCII(st.toks[t.End+1].Text):
			h.code = "043"
		case head == "welcome" && near && leader && !t.Possessive && hostWelcome(st, h, t):
			h.code = "043" // "welcomed To Lam in Vientiane", "was welcomed at the airport by" (verbal.go)
		}
	}
	if h.code == "091" && (head == "raid" || head == "search" || head == "question" || head == "interrogate") && (len(h.source) == 0 || !hasSector(h.source[0], "JUD", "COP", "SPY")) &&
		!(len(h.source) > 0 && c.probeBody(st, h.source[0])) {
		// "troops raided the home of a commander": a military raid, no
		// probe; "Moscow questioned Kyiv's commitment": doubt, no probe
		h.code = ""
		return
	}
	if h.code == "172" && leavingPlace(st, h) {
		h.code = "" // "journalists were barred from leaving the hotel": no country left, no travel ban
		return
	}
	if h.code == "0831" && head == "resign" && h.head+1 < len(st.toks) && reflexive(st.toks[h.head+1].Lower) {
		h.code = "" // "Germany resigned itself to a long war": acceptance, no resignation
		return
	}
	if h.code == "152" && c.words.disasterAlert(st.toks, h.head) {
		h.code = "" // "put hospitals on alert for Ebola": readiness for a disease, no show of force
		return
	}
	if filedCase(st, h) {
		h.code = "115" // "the opposition filed a corruption case against the prime minister": a lawsuit, no charge (charges.go)
	}
	if h.code == "015" && head == "claim" && claimAbout(st.toks, h.head, h.end) {
		h.code = "" // "Russia claimed the bombing was staged": a claim about it, not of it
		return
	}
	if strings.HasPrefix(h.code, "04") && (head == "speak" || head == "talk") && len(h.target) > 0 && hasSector(h.target[0], "MED") {
		h.code = "" // "spoke to reporters", "talked to CNN": an interview, no meeting
		return
	}
	if h.code == "192" && head != "occupy" && len(h.target) > 0 && (h.target[0].Person || hasSector(h.target[0], "CVL", "MED", "REF", "HRI")) &&
		(h.target[0].Person || !buildingTaken(st, h.target[0])) { // "seized the state television headquarters": a building (occupy_buildings.go)
		h.code = "181" // "captured an American woman": people are abducted, not occupied
		if (h.target[0].Person || h.target[0].End > 0 && st.words.inmateNouns[st.toks[h.target[0].End-1].Lower]) && len(h.source) > 0 && hasSector(h.source[0], "GOV", "MIL", "COP", "SPY", "JUD") && !hasSector(h.source[0], "REB") {
			h.code = "173" // "U.S. troops captured the former dictator": a state's forces detain a named person (codes.go capturedPeople)
		}
	}
	if t := seizedFrom(st, h); t != nil && (len(h.source) == 0 || t.Code != h.source[0].Code) {
		h.target = []actors.Mention{*t} // "retook the palace from the RSF" (seized.go)
	}
	if (h.code == "0841" || h.code == "0353") && len(h.target) > 0 && len(h.source) > 0 && h.target[0].Kind == "coref" &&
		h.target[0].Country == h.source[0].Country && h.target[0].End > 0 && st.words.hostageNouns[st.toks[h.target[0].End-1].Lower] {
		h.target = nil // "Hamas agreed to free 33 hostages": whose hostages the text does not say, not the captor's people
	}
	if code := capturedPeople(st, h); code != "" {
		h.code = code // "rebels captured two soldiers", "captured by Ukrainian forces" (codes.go)
	}
	if g := visitingGuest(st, h); g != nil && len(h.source) > 0 {
		h.source, h.target = []actors.Mention{*g}, h.source // "received the visiting Iraqi foreign minister": the minister visits (visiting_guest.go)
	}
	if (h.code == "042" || h.code == "043") && len(h.source) > 0 && len(h.target) > 0 {
		visitor := h.source[0]
		if h.code == "043" {
			visitor = h.target[0]
		}
		if !visitorKind(st, visitor) {
			h.code = "" // "refugees arrived in the UK", "400 Kenyan police officers landed in Haiti": travel or a deployment, not a visit
			return
		}
	}
	if (h.code == "042" || h.code == "043") && len(h.target) > 0 && len(h.source) > 0 && h.target[0].Country == h.source[0].Country {
		h.target = nil // "jets … arrived in Ukraine" (Ukraine's): no visit at home
	}
	if h.code == "042" && len(h.target) == 1 && len(h.source) > 0 {
		if host := visitHost(st, h.target[0]); host != nil {
			h.target = []actors.Mention{*host} // "arrived in Moscow for a state visit to Vladimir Putin": Putin hosts (visitors.go)
		}
	}
	if strings.HasPrefix(h.code, "15") && len(h.target) > 0 && h.target[0].Start > 0 && st.toks[h.target[0].Start-1].Lower == "over" {
		h.target = nil // "launched a missile over Japan": a flight path, not a target
	}
	if len(h.target) > 0 && len(h.source) > 0 && h.target[0].Kind == "coref" && h.target[0].Country == h.source[0].Country &&
		(len(h.source[0].Sectors) == 0 || hasSector(h.source[0], "GOV", "MIL", "COP", "JUD", "LEG", "SPY")) &&
		!(hasSector(h.source[0], "JUD", "COP") && hasSector(h.target[0], "GOV") && !h.target[0].Person) && // "prosecutors are investigating the mayor": an official is their target (not a "he" guessed from the story)
		!((h.code == "051" || h.code == "052") && hasSector(h.target[0], "MIL", "COP", "SPY")) && // "thanked the army", "defended his security forces": a state's praise or defence of its own forces (gold: ZWEGOV 051 ZWEMIL)
		!strings.HasPrefix(h.code, "09") && // "the anti-corruption commission opened an investigation into a county governor": a state probes its own officials and forces (gold: KENGOV 091 KENGOV)
		!(hasSector(h.target[0], "PTY") && !(h.target[0].End-h.target[0].Start == 1 && st.toks[h.target[0].Start].Tag == "PRP$")) && // ("banned the Muslim Brotherhood": a party named, not "its" own)
		!hasSector(h.target[0], "CVL", "OPP", "REB", "REF", "MED", "EDU", "LAB", "HRI", "CRM", "UAF", "JUD", "LEG", "BUS", "AGR", "HLH", "REL", "ENV") &&
		!formerBefore(st.toks, h.target[0].Start) && // ("arrested former president Fernando Collor": a former officeholder, the country alone, CODING.md)
		!legislatureAddressesGov(st, h) && // ("MPs urged ministers": parliament and government are two parties, legislature.go)
		!c.policedOwn(st, h, h.target[0]) && // ("arrested several army officers": its own people policed, targets_own.go)
		!ownForceAccused(st.toks, h, h.target[0]) && // ("the governor accused federal troops of standing by": its own forces blamed, targets_own.go)
		!forceOnOwnGovernment(st.words, st.toks, h, h.target[0]) && // ("soldiers stormed the presidential palace": a coup, targets_own.go)
		!forceAddressesOwnGovernment(st.words, st.toks, h, h.target[0]) { // ("the army chief demanded that the government resign", targets_own.go)
		h.target = nil // "expelled diplomats from …": its own officials named by role are no target
	}
	if strings.HasPrefix(h.code, "15") && len(h.target) > 0 && h.target[0].Kind == "coref" {
		h.target = nil // "massing troops": its own forces
	}
	if strings.HasPrefix(h.code, "15") && len(h.target) > 0 && len(h.source) > 0 && h.target[0].Country == h.source[0].Country {
		h.target = nil // "scrambled fighter jets": its own forces are no target
	}
	if ownForcesWithdrawn(st, h) {
		h.target = withdrawnFrom(st, h) // "withdraw all US troops from Syria": Syria, not the troops (targets_implied.go)
	}
	handoverOfficers(st, h) // "handing him to Greek officers": police to police (handover_officers.go)
	wantedTarget(st, h)     // "extradited a Chechen man wanted by Russia": to the state that wants him (extradite_wanted.go)
	if (strings.HasPrefix(h.code, "138") || h.code == "191") && len(h.target) == 0 && len(h.source) > 0 {
		// "will carry out a military operation in northern Syria", "cut off
		// the entry of goods into Gaza", "threatened to seize the city of
		// Kharkiv" (1382): the place's country
		if t := c.attackPlace(st, h); t != nil && t.Country != h.source[0].Country {
			h.target = []actors.Mention{*t}
		}
	}
	if (strings.HasPrefix(h.code, "07") || strings.HasPrefix(h.code, "033")) && len(h.target) == 0 {
		h.target = c.placeTarget(st, h) // "delivered flour to northern Gaza", "offered to send peacekeepers to Gaza"
		if len(h.target) == 0 {
			h.target = c.projectPlace(st, h) // "promised to fund a police training centre in Papua New Guinea" (project_aid.go)
		}
	}
	if h.p != nil && h.p.has(flagAbroad) {
		c.abroadTarget(st, h) // "pledged to build houses for tea workers in Sri Lanka" (abroad.go)
	}
	if h.code == "0874" && len(h.target) == 0 && len(h.source) > 0 && h.end < len(st.toks) && st.toks[h.end].Lower == "in" && missionEnded(st.toks[h.head].Lemma) {
		h.target = c.placeTarget(st, h) // "ended its military mission in Afghanistan's Uruzgan province" (refine_places.go)
	}
	if (h.code == "074" || h.code == "0334") && policeSent(st, h) && len(h.source) > 0 && len(h.target) == 0 {
		h.target = c.placeInto(st, h) // "rushed hundreds of paramilitary police into Mombasa" (police_home.go)
		if len(h.target) == 0 && c.policeTask(st, h) {
			h.target = []actors.Mention{h.source[0]} // "deployed 99,000 police officers to guard polling stations": at home (police_home.go)
		}
	}
	if (h.code == "074" || h.code == "0334") && policeSent(st, h) && len(h.source) > 0 && len(h.target) > 0 && h.target[0].Country == h.source[0].Country {
		// "deployed 3,000 extra officers to Abuja": police sent at home
		// step up security (153), they keep no foreign peace
		h.code, h.target = "153", nil
		p := *h.p
		p.Flags &^= flagNeedTarget
		h.p = &p
	}
	force := ctx.lastForce
	if force == nil && strings.HasPrefix(h.code, "11") && launchNamed(st.toks, h) {
		force = ctx.actDoer // "North Korea launches 'satellite'", coded as no show of force (act_doer.go)
	}
	if (strings.HasPrefix(h.code, "11") || strings.HasPrefix(h.code, "12") || strings.HasPrefix(h.code, "09")) && len(h.target) == 0 && force != nil &&
		len(h.source) > 0 && force.Country != h.source[0].Country &&
		(namesAct(st.toks, h.end) >= 0 || strings.HasPrefix(h.code, "11") && (actInSpan(st.toks, h) >= 0 || actBefore(st.toks, h) >= 0)) {
		// "condemned the launch": whoever launched it, evidenced by "the launch";
		// "called the launch deplorable": the act inside the pattern's words;
		// "said the launch was unacceptable", "a provocation which was
		// condemned by Abe": the act before them (act_verdict.go)
		k := namesAct(st.toks, h.end)
		if k < 0 {
			k = actInSpan(st.toks, h)
		}
		if k < 0 {
			k = actBefore(st.toks, h)
		}
		h.target = []actors.Mention{referent(*force, st, k, k+1)}
	}
	if cameo.Root(h.code) == "13" && len(h.target) == 0 && len(h.source) > 0 && ctx.lastForce != nil && ctx.forceOn != "" &&
		ctx.forceOn == h.source[0].Country && ctx.lastForce.Country != h.source[0].Country && retaliation(st.toks[h.head:h.end]) {
		// "Iran fired missiles at Israel on Saturday. Israel vowed to
		// retaliate": against the state whose force last hit it
		h.target = []actors.Mention{referent(*ctx.lastForce, st, h.head, h.end)}
	}
	if (head == "work" && h.code == "030" || head == "engage" && strings.HasPrefix(h.code, "04")) && h.status != dyad.Future {
		h.code = "" // "worked with Kyiv": only an intended cooperation is coded
		return
	}
	if strings.HasPrefix(h.code, "03") && h.status == dyad.Asserted {
		h.status = dyad.Future
	}
	if homesExpelled(st.toks, h) {
		h.code = "201" // "forced 3,000 villagers out of their homes": a mass expulsion (homes_expelled.go)
		homesCivilians(h.target)
	}
	if h.code == "174" {
		foreignDeportees(h) // "sent 200 migrants back to Turkey": no Greek ones (deport_foreign.go)
		deportees(h.target) // CODING.md: migrants and deportees are REF
		h.code = expelledOrganisation(h)
		expelledIGOTeam(st, h) // "expelled a U.N. human rights team": observers withdrawn, 1662 (expel_igo_team.go)
	}
	c.militaryStrikeEnded(st, h) // "called off a strike on Iran": 087, not a labour strike ended (strike_ended.go)
	if h.code == "075" {
		foreignDeportees(h) // "took in 300 refugees": no Polish ones (deport_foreign.go)
		refugeeStatus(h)    // "granted refugee status to 21,000 Venezuelans": VENREF (refugee_status.go)
	}
	h.code = killCode(st, h)
	if t := c.holderTarget(st, h); t != nil {
		h.target = t // "demanded the return of children deported to Russia": of Russia
	}
	if (h.code == "195" || h.code == "194" || h.code == "150") && head == "fire" && words(st.toks[h.head:h.end], "live", "rubber", "tear") &&
		len(h.target) > 0 && civil(h.target[0]) && len(h.source) > 0 && (len(h.source[0].Sectors) == 0 || hasSector(h.source[0], "COP", "MIL", "GOV")) {
		h.code = "175" // "fired live rounds at opposition supporters": force against protesters is repression
	}
	if h.code == "139" && head == "give" && slotHas(h.p.Slots[1:], "until") && !deadlineGiven(st, h) {
		h.code = "" // "gave aid until 2020": no deadline to a party
		return
	}
	if h.code == "172" && len(h.target) > 0 && (strings.HasPrefix(h.target[0].Code, "IGO") || strings.HasPrefix(h.target[0].Code, "NGO")) &&
		words(st.toks[h.head:min(len(st.toks), h.end+10)], "operating", "operate", "working", "work") {
		h.code = "1663" // "banned the U.N. agency for Palestinian refugees from operating": an aid agency expelled
	}
	if (h.code == "1056" || h.code == "0256" || h.code == "0874" || h.code == "0356") && (words(st.toks[h.head:h.end], "withdrawal", "withdraw", "withdrawn", "withdrawing") || st.toks[h.head].Lemma == "withdraw") && policyWithdrawal(st, h) {
		// a bill or remarks withdrawn are a policy change, not a pullout
		switch h.code {
		case "1056":
			h.code = "1042"
		case "0256":
			h.code = "0242"
		default:
			h.code = ""
		}
	}
}

// eachOther reports "each other" within a few tokens after from.
func eachOther(toks []dyad.Token, from int) bool {
	for k := from; k+1 < len(toks) && k < from+4; k++ {
		if toks[k].Lower == "each" && toks[k+1].Lower == "other" || toks[k].Lower == "one" && toks[k+1].Lower == "another" {
			return true
		}
		if toks[k].Lower == "the" && toks[k+1].Lower == "other" && (k+2 == len(toks) || !strings.HasPrefix(toks[k+2].Tag, "NN")) && eachBefore(toks, from) {
			return true // "each accused the other of …" (eachSubject, sources_conjuncts.go)
		}
	}
	return false
}

// eachBefore reports "each" as the subject of the verb ending before
// token from ("each accused the other"): a word or two back.
func eachBefore(toks []dyad.Token, from int) bool {
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if toks[k].Lower == "each" {
			return true
		}
	}
	return false
}

// phraseEnd returns one past the last token of the noun phrase that
// starts at a (determiners, adjectives, nouns, possessives), taking at
// most max tokens: "the accusation" of "denied the accusation on
// Wednesday". Where no noun phrase starts ("denied making illegal
// shipments"), it takes max-1 tokens.
func phraseEnd(toks []dyad.Token, a, max int) int {
	b := a
	for b < len(toks) && b < a+max {
		t := toks[b].Tag
		if t != "DT" && t != "JJ" && t != "PRP$" && t != "POS" && !strings.HasPrefix(t, "NN") {
			break
		}
		b++
	}
	if b == a {
		b = a + max - 1
	}
	return b
}

// referent copies an actor found in an earlier sentence into this one:
// its text and span become the words here that refer to it (tokens
// [a, b), clipped to the sentence), so spans always index the evidence.
func referent(m actors.Mention, st *sentence, a, b int) actors.Mention {
	if a >= len(st.toks) {
		a = len(st.toks) - 1
	}
	if b > len(st.toks) {
		b = len(st.toks)
	}
	if a < 0 || b <= a {
		a, b = len(st.toks)-1, len(st.toks)
	}
	if a > 0 && st.toks[a-1].Lower == "the" {
		a--
	}
	m.Start, m.End, m.Kind = a, b, "coref"
	m.Span = [2]int{st.toks[a].Start, st.toks[b-1].End}
	m.Text = st.s.Text[m.Span[0]:m.Span[1]]
	return m
}

// objectNoun reports one of the nouns within four tokens after from.
func objectNoun(toks []dyad.Token, from int, nouns ...string) bool {
	for k := from; k < len(toks) && k < from+5; k++ {
		for _, n := range nouns {
			if toks[k].Lower == n {
				return true
			}
		}
	}
	return false
}

// words reports whether the sentence has any of the lower-case words.
func words(toks []dyad.Token, ws ...string) bool {
	for _, t := range toks {
		for _, w := range ws {
			if t.Lower == w {
				return true
			}
		}
	}
	return false
}

func hasSector(m actors.Mention, codes ...string) bool {
	for _, s := range m.Sectors {
		for _, c := range codes {
			if s == c {
				return true
			}
		}
	}
	return false
}

// civil reports actors who protest: civilians, opposition, unions,
// students, professions — not states, armies or armed groups.
func civil(m actors.Mention) bool {
	return hasSector(m, "CVL", "OPP", "LAB", "EDU", "AGR", "HLH", "REF", "HRI", "PTY", "MED", "BUS", "ENV", "REL")
}

// againstAt returns the token after "against" following from, or -1.
func againstAt(toks []dyad.Token, from int) int {
	for k := from; k < len(toks); k++ {
		if toks[k].Text == ";" {
			return -1
		}
		if toks[k].Lower == "against" {
			return k + 1
		}
	}
	return -1
}

// against reports "against" after token from in the clause ("over" and
// the "at" of "in protest at" too).
func against(toks []dyad.Token, from int) bool {
	for k := from; k < len(toks); k++ {
		if toks[k].Text == ";" {
			return false
		}
		if toks[k].Lower == "against" || toks[k].Lower == "over" || toks[k].Lower == "at" && k > 0 && toks[k-1].Lower == "protest" {
			return true
		}
	}
	return false
}

// claimAbout reports that the "claim <noun>" hit at head..end is no
// claim of responsibility: a clause stands between ("officials claim they
// are investigating the bombing") or the noun is the subject of a clause
// whose finite verb follows within five words ("claimed the bombing was
// staged"); a relative clause ("claimed the bombing that killed 30") or
// a comma ends the search.
func claimAbout(toks []dyad.Token, head, end int) bool {
	for j := head + 1; j < end-1 && j < len(toks); j++ {
		switch toks[j].Tag {
		case "PRP", "MD", "VBD", "VBZ", "VBP":
			return true
		}
	}
	for j := end; j < len(toks) && j < end+5; j++ {
		t := toks[j]
		if t.Text == "," || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" {
			return false
		}
		switch t.Tag {
		case "MD", "VBD", "VBZ", "VBP":
			return true
		}
	}
	return false
}

// formerBefore reports "former" or "ex-" right before token s, perhaps
// after an article: "former president", "a former minister".
func formerBefore(toks []dyad.Token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-2; k-- {
		w := toks[k].Lower
		if w == "former" || w == "ex" || strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return strings.HasPrefix(toks[s].Lower, "ex-")
}

// leavesTreaty reports whether the verb at head ("left", "leave") takes a
// treaty as its object: a determiner or a name and at most five more
// words up to a treaty noun ("left the INF Treaty", "leave the nuclear
// non-proliferation treaty", "quit the 2015 nuclear accord").
func (v *vocab) leavesTreaty(toks []dyad.Token, head int) bool {
	for k := head + 1; k < len(toks) && k <= head+6; k++ {
		w := toks[k].Lower
		if v.treatyNoun(w) {
			// (but "left the agreement unsigned", "left the accord
			// intact": a state of the treaty, not a withdrawal)
			return k > head+1 && !(k+1 < len(toks) && (toks[k+1].Tag == "JJ" || toks[k+1].Tag == "VBN" || toks[k+1].Tag == "VBD" || toks[k+1].Lower == "intact" || toks[k+1].Lower == "unsigned" || toks[k+1].Lower == "unchanged" || toks[k+1].Lower == "open"))
		}
		if w == "," || w == ";" || w == "for" || w == "to" || w == "in" || w == "on" || w == "after" || w == "and" || finite(toks[k].Tag) {
			return false
		}
	}
	return false
}

// delegationOf reports "a delegation from", "leaders of", "envoys of" and
// the like right before token i: the group's representatives.
func delegationOf(toks []dyad.Token, i int) bool {
	if i < 2 || toks[i-1].Lower != "from" && toks[i-1].Lower != "of" {
		return false
	}
	return delegationWord(toks[i-2].Lower)
}

// delegationWord reports nouns for a group's representatives.
func delegationWord(w string) bool {
	switch w {
	case "delegation", "delegations", "leaders", "leader", "envoys", "envoy", "negotiators", "representatives", "officials", "team":
		return true
	}
	return false
}

// pastPortion returns the token after a count of a whole that opens an
// object at k ("21 of the more than 200 Chibok schoolgirls": "Chibok"; "some
// of the", "all 21"), k itself when none: the people the verb acts on
// follow it.
func pastPortion(toks []dyad.Token, k int) int {
	j := k
	approx := func(j int) int {
		for n := 0; n < 3 && j < len(toks); n++ {
			switch w := toks[j].Lower; {
			case w == "more" || w == "fewer" || w == "less" || w == "than" || w == "least" || w == "at" || w == "some" ||
				w == "about" || w == "nearly" || w == "around" || w == "almost" || w == "over" || w == "all" || w == "up" || w == "to":
				j++
			default:
				return j
			}
		}
		return j
	}
	j = approx(j)
	if j >= len(toks) || toks[j].Tag != "CD" && toks[j].Lower != "some" && toks[j].Lower != "dozens" && toks[j].Lower != "hundreds" {
		return k
	}
	j++
	if j+1 < len(toks) && toks[j].Lower == "of" && toks[j+1].Lower == "the" {
		j = approx(j + 2)
		if j < len(toks) && toks[j].Tag == "CD" {
			j++
		}
		return j
	}
	return k
}

// reflexive reports a reflexive pronoun: "itself", "themselves", ….
func reflexive(w string) bool {
	switch w {
	case "itself", "themselves", "himself", "herself", "myself", "ourselves", "yourself":
		return true
	}
	return false
}

// disasterAlert reports an alert whose cause is a word of [disaster
// words] or a tsunami, storm or quake: "on alert for Ebola", "on alert
// for a tsunami", within eight words after the verb at head.
func (v *vocab) disasterAlert(toks []dyad.Token, head int) bool {
	alert := false
	for k := head + 1; k < len(toks) && k < head+10; k++ {
		w := toks[k].Lower
		if w == "alert" {
			alert = true
			continue
		}
		if alert && (v.disasterWords[w] || w == "tsunami" || w == "storm" || w == "storms" || w == "cyclone" || w == "hurricane" || w == "typhoon" || w == "earthquake" || w == "eruption") {
			return true
		}
		if w == "." || w == ";" {
			break
		}
	}
	return false
}

// expelledOrganisation recodes a deportation (174) whose target is an
// aid or rights organisation, or its team or head, as the organisation
// expelled from the country (166): an aid or medical charity is an aid
// agency (1663: "ordered a team of a medical charity out"), a rights
// group plain 166 ("expelled the head of a rights group's office").
// Other targets keep 174.
func expelledOrganisation(h *verbHit) string {
	if len(h.target) != 1 {
		return h.code
	}
	switch c := h.target[0].Code; {
	case strings.HasPrefix(c, "NGOHLH"), strings.HasPrefix(c, "NGODEV"):
		return "1663"
	case strings.HasPrefix(c, "NGOHRI"):
		return "166"
	}
	return h.code
}

// kidnappers reports a source named as kidnappers or abductors, whose
// seizure is an abduction (181), not a confiscation (171).
func kidnappers(text string) bool {
	t := strings.ToLower(text)
	return strings.Contains(t, "kidnapper") || strings.Contains(t, "abductor")
}
