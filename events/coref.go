package events

// Coreference: resolve completes each sentence's actor mentions from
// context (the owner an agent names, the place the sentence is set in, the
// story's main country, the article's last country, a person named
// before), and Actors gives the resolved mentions of an article. The
// pronouns, names and definite descriptions are read in coref_names.go,
// peoples and their homes in coref_people.go, and the countries of places
// in coref_places.go.

import (
	"sort"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// resolve completes the sentence's mentions from context. An agent with
// no country takes, in order: the owner it names ("its inspectors", "the
// kingdom's oil minister", "a spokesman for the air force", "the foreign
// minister, Adel al-Jubeir"); for victims, bystanders, local officials and
// armed groups the place the sentence is set in; for a people's fighters
// the state that people lives in; the story's main country for "the
// army"; the first actor before it in the sentence; the article's last
// country; any place the sentence names. A title with an unknown name
// ("President Reagan", "Immigration Minister Philip Ruddock") takes only
// what its own phrase or apposition says (the owners above, the person
// named beside it, a people's name before it) or the person of that name
// named before in the story; else it keeps its role codes alone with no
// country ("GOV"), never a country named elsewhere: it still holds its
// place as the clause's actor, and expand codes no event from it.
// Weapons used or handed over, bare agencies and agents of unknown names
// are dropped, as are other mentions that stay unresolved. Pronouns ("it", "they", "he", "she", "him"),
// definite descriptions ("the bloc", "the group", "the country") and "the
// agency" take the actor they most likely refer to; states gone to, fled
// to, entered or flown over, and seats of government after "in the", are
// marked as places.
func (c *Coder) resolve(ctx *articleCtx, st *sentence, ms []actors.Mention) []actors.Mention {
	dict := c.matcher.Dictionary()
	// the states the sentence names itself, read before the loop below
	// writes its resolved mentions over ms (out shares its array)
	var namedBuf [16]string
	named := sentenceStates(namedBuf[:0], ms)
	var reportersBuf [16]string
	reporters := st.words.reporterStates(reportersBuf[:0], st.toks, ms) // "Japanese officials said the military" (actors_forces.go)
	out := ms[:0]
	for k := range ms {
		m := ms[k]
		mi := k // (k is shadowed by token indexes below)
		if splitCompoundModifier(st, m) {
			continue // "U.S.-backed": a modifier, no actor (verbal.go)
		}
		if committeeTopic(st.toks, m) {
			continue // "the House Select Committee on the Chinese Communist Party": what the body deals with (nonactors.go)
		}
		if m.Kind == actors.KindOrg && !m.Modifier && m.End > m.Start {
			// a person who bears a group's name ("the Isis oil minister
			// Abu Sayyaf … Abu Sayyaf was killed"): after a title or kin
			// word once, that name is the person for the rest of the story
			if ctx.orgPeople != nil && ctx.orgPeople[strings.ToLower(m.Text)] {
				continue
			}
			if st.words.personBefore(st.toks, m.Start) {
				if ctx.orgPeople == nil {
					ctx.orgPeople = map[string]bool{}
				}
				ctx.orgPeople[strings.ToLower(m.Text)] = true
				continue
			}
		}
		if !m.Unresolved && m.Kind == actors.KindAgent && m.Start > 0 && peopleWord(st.toks[m.Start-1].Text) != "" && hasSector(m, "GOV", "LEG", "JUD") {
			continue // "Kurdish leaders in Syria": a people's leaders are no state's government (below)
		}
		if !m.Unresolved && m.Kind == actors.KindAgent && m.Start > 0 && len(m.Sectors) == 1 && m.Sectors[0] == "REF" {
			if h := fledHome(peopleWord(st.toks[m.Start-1].Text), m.Country); h != "" {
				// "Rohingya refugees in Bangladesh": of the state they fled (coref_people.go)
				m.Code, m.Country, m.Name = h+"REF", h, dict.Name(h)
			}
		}
		if m.Kind == actors.KindAgent && hasSector(m, "GOV", "LEG", "JUD") && peopleRegion(st.toks, m) {
			continue // "authorities in Syria's Kurdish autonomous region": the people's self-rule (coref_people.go)
		}
		if facilityOwner(st.toks, m) {
			continue // "a children's hospital": a kind of building, no actor
		}
		if r := modelAdjective(st.toks, out, m); m.Unresolved && r != nil {
			// "Russian Tu-95 bombers": the force of the adjective's state
			m.Code, m.Country, m.Name = r.Country+m.Code, r.Country, dict.Name(r.Country)
			m.Start, m.Span[0] = r.Start, r.Span[0]
			m.Text = st.s.Text[m.Span[0]:m.Span[1]]
			m.Unresolved, m.Kind = false, "coref"
			out[len(out)-1] = m
			continue
		}
		if m.Unresolved {
			// a title with an unknown name: its country comes from its own
			// phrase or apposition, or stays unknown (CODING.md: nationality
			// + title + name)
			titled := m.Kind == "title" && m.Person
			if l := st.toks[m.End-1].Lower; l == "agency" || l == "agencies" || l == "commissioner" || l == "commissioners" || l == "intelligence" {
				// "aid agencies", "the agency": a state agency is named with
				// its country ("Japan's immigration agency"); a bare one is
				// the news agency or organisation named before (below). A
				// bare "intelligence" is information ("shared intelligence
				// with Kyiv"); the service is named with its state
				// ("Turkish intelligence")
				continue
			}
			if companyAgent(st.toks, ms, m) {
				continue // "Human Resources officials": a firm's staff (nonactors.go)
			}
			if bareCommunity(st.toks, m) {
				continue // "the Kurdish community" (nonactors.go)
			}
			if creditor(st.toks[m.End-1].Lower) && !(m.End-2 >= 0 && (st.toks[m.End-2].Lower == "central" || st.toks[m.End-2].Lower == "reserve")) {
				// "the banks rejected the proposal", "bankers said": lenders
				// named by no country of their own are a debtor's foreign
				// creditors as often as its own banks; not the story's state
				// (a central bank is the state's own: "the central bank said")
				continue
			}
			country := committeeCountry(st, ms, m) // "lawmakers on the House Select Committee on …" (nonactors.go)
			ownerPhrase := false                   // "the city's mayor": the mention takes in its owner phrase (anchored.go)
			if k := m.Start - 1; country == "" && k >= 2 && isPossTok(st.toks[k]) && st.toks[k-2].Lower == "the" && c.words.placeNoun(st.toks[k-1].Lower) {
				// "Kharkiv was hit …, the city's mayor said": the officials
				// of the place the sentence names, else of the one state
				// the sentence anchors ("Macau's students called on the
				// city's chief executive", anchored.go), else nobody known
				if country = c.cityCountry(st); country == "" {
					country = c.anchoredState(st, out, ms[mi+1:])
				}
				if country == "" {
					continue
				}
				ownerPhrase = true
			}
			kin := st.words.kinMention(st.toks, m)
			if kin && m.End+1 < len(st.toks) && st.toks[m.End].Lower == "of" {
				// "the families of Israeli hostages": the people of the ones
				// they are kin to
				for _, o := range ms[k+1:] {
					if o.Start > m.End+4 {
						break
					}
					if o.Country != "" && !o.Place {
						country = o.Country
						break
					}
				}
				if country == "" {
					// "families of the hostages held in Gaza demanded a
					// meeting with Prime Minister Benjamin Netanyahu": the
					// state they turn to, not where their kin are held
					country = ownStateCountry(ms[k+1:], ms, m.End+12, true)
				}
			}
			if kin && country == "" {
				// "the parents of a Briton held in Syria accused the Foreign
				// Office", "Her father … accused the UK authorities": the
				// state kin turn to is their own (actors_people.go)
				if country = kinState(st.toks, ms[k+1:], m.End); country == "" && !kinObject(st.toks, m.Start) && !(m.Start > 0 && st.toks[m.Start-1].Tag == "PRP$") {
					continue // a private person of no state the sentence says ("their families" are their kin's, below)
				}
			}
			if k := m.Start - 1; k >= 2 && isPossTok(st.toks[k]) && st.toks[k-2].Lower == "the" && describes(st.toks[k-1].Lower) != "" {
				// "the kingdom's oil minister", "the group's leader"
				r := ctx.described(c, st.toks[k-1].Lower)
				if s := sentenceState(st.toks, out, k-2); s != "" && r != nil && describes(st.toks[k-1].Lower) == "state" {
					r = &actors.Mention{Actor: dyad.Actor{Country: s}, Kind: actors.KindCountry} // "South Korea's Defense Ministry said the country's military" (falseevents_opinion.go)
				}
				if r == nil && describes(st.toks[k-1].Lower) == "state" {
					// the story named no state before: the one state the
					// sentence anchors ("The U.N. envoy for Yemen met the
					// country's prime minister", anchored.go)
					if s := c.anchoredState(st, out, ms[mi+1:]); s != "" {
						r = &actors.Mention{Actor: dyad.Actor{Country: s}, Kind: actors.KindCountry}
					}
				}
				if r != nil {
					if r.Kind == actors.KindOrg {
						m.Code, m.Country, m.Sectors, m.Name = r.Code, r.Country, r.Sectors, r.Name
					} else {
						m.Code, m.Country, m.Name = r.Country+m.Code, r.Country, dict.Name(r.Country)
					}
					m.Unresolved, m.Kind = false, "coref"
					widenToOwner(st, &m) // "the country's prime minister" is one phrase (anchored.go)
					out = append(out, m)
					continue
				}
			}
			if k := m.Start - 1; k >= 1 && (st.toks[k].Lower == "'s" || st.toks[k].Lower == "’s") && st.toks[k-1].Tag == "NNP" {
				// "Trump's administration", "Gaza's health ministry": the
				// agent of a name the dictionary lacks is the country of
				// a place of that name, else nobody known
				j := k - 1
				for j > 0 && st.toks[j-1].Tag == "NNP" {
					j--
				}
				for ; j < k && country == ""; j++ {
					if p, n, ok := c.placeAt(st, j, k, 3); ok && j+n == k {
						country = p.Country
					}
				}
				if country == "" && k >= 2 {
					// "and the South's military fired warning shots": in a
					// story about the two Koreas, the one named "the North"
					// or "the South" (coref.go, as a bare "the South")
					country = koreaCalled(st.toks, k-2, ms, ctx)
				}
				if country == "" {
					continue
				}
			}
			if country == "" {
				if b, ok := c.basedCountry(st, m); ok {
					if b == "" {
						continue // "a Wuhan-based company" the gazetteer cannot place (actors_places.go)
					}
					country = b
				}
			}
			if country == "" && backedOutlet(st, m) {
				continue // "Western-backed media": of a backer, of no state the text says (sources_premodified.go)
			}
			if country == "" {
				country = c.jurisdictionCountry(st, m) // "Borno state governor" (actors_places.go)
			}
			if country == "" {
				country = foughtState(st.toks, ms[mi+1:], m) // "militants fighting Somalia's government" (targets_fought.go)
			}
			if country == "" {
				country = sharedOwner(st.toks, out, m) // "Togo's government and opposition" (targets_fought.go)
			}
			if country == "" {
				country = c.groupPlaceCountry(st, m) // "Gaza residents" (actors_groups.go)
			}
			if country == "" && hasSector(m, "MIL") {
				country = ledBy(st.toks, m) // "Saudi-led coalition jets": the leading state's (actors_forces.go)
			}
			if country == "" && hasSector(m, "MIL") && len(m.Sectors) == 1 && k+1 < len(ms) {
				country = mutinyCountry(st.toks, m, ms[k+1]) // "Mutinous soldiers detained Mali's President" (actors_forces.go)
			}
			people := false
			if s := selfRuleState(st.toks, ms, m); s != "" && country == "" {
				country = s // "Iraqi Kurdish authorities": the state's own regional government (coref_people.go)
			} else if k := m.Start - 1; k >= 0 && peopleWord(st.toks[k].Text) != "" {
				// "Tigrayan forces", "Kurdish leaders": a people's own
				// fighters are rebels of the state the people lives in; its
				// leaders, officials and delegations are no state's
				// government, and no actor ("Kurdish officials said" is not
				// SYRGOV)
				people = true
				if hasSector(m, "GOV", "LEG", "JUD") {
					continue
				}
				against := st.words.opposedCountries(st.toks, ms, m)
				pw := peopleWord(st.toks[k].Text)
				country = c.peopleCountry(st, pw, m, ms, against)
				if country == "" {
					country = ctx.peopleHome(pw, against)
				}

				if hasSector(m, "MIL", "COP") {
					m.Code, m.Sectors = "REB", []string{"REB"}
				}
			}
			armed := hasSector(m, "REB", "UAF", "CRM")
			if !people && !titled && country == "" {
				if r := commanderPossessor(st.toks, out, m); r != nil {
					// "Wagner chief Yevgeny Prigozhin said his fighters had
					// taken Bakhmut": the commander's own force, not the
					// place's (actors_forces.go)
					m.Code, m.Country, m.Sectors, m.Name = r.Code, r.Country, r.Sectors, r.Name
					m.Unresolved, m.Kind = false, "coref"
					out = append(out, m)
					continue
				}
			}
			if armed && !people && !titled && country == "" {
				// "the Baloch Liberation Army said one of its suicide
				// bombers": the group's own fighters, not the place's
				if r := possessor(st.toks, out, m); r != nil && r.Kind == actors.KindOrg && (hasSector(*r, "REB", "UAF", "MIL") || strings.HasPrefix(r.Code, "IMG")) {
					m.Code, m.Country, m.Sectors, m.Name = r.Code, r.Country, r.Sectors, r.Name
					m.Unresolved, m.Kind = false, "coref"
					out = append(out, m)
					continue
				}
			}
			if country == "" && !titled {
				if r, ok := listPossessor(st.toks, out, m); ok {
					if r.Country == "" {
						// "Islamic State fighters and their families": the
						// group's own people, no state's
						m.Code, m.Country, m.Sectors, m.Name = r.Code, r.Country, r.Sectors, r.Name
						m.Unresolved, m.Kind = false, "coref"
						out = append(out, m)
						continue
					}
					country = r.Country // "Kenyan soldiers and their families"
				}
			}
			if country == "" && !titled && m.End+3 < len(st.toks) && (st.toks[m.End].Lower == "working" || st.toks[m.End].Lower == "employed") &&
				st.toks[m.End+1].Lower == "for" && k+1 < len(ms) && ms[k+1].Start <= m.End+3 && ms[k+1].Kind == actors.KindOrg && ms[k+1].Country != "" {
				// "a journalist working for the Wall Street Journal": the
				// employer's people, of its state and sector
				n := ms[k+1]
				m.Code, m.Country, m.Sectors, m.Name = n.Code, n.Country, n.Sectors, n.Name
				m.Unresolved, m.Kind = false, "coref"
				out = append(out, m)
				continue
			}
			if country == "" && !titled {
				// "workers at Samsung Electronics", "students at Dhaka
				// University": the workplace's state (actors_groups.go)
				country = c.workplaceCountry(st, ms, k)
			}
			if country == "" && hasSector(m, "CVL", "OPP", "REF", "HRI", "MED", "LAB", "EDU") && !armed && !titled {
				// "accused Kenyan police of arresting opposition leaders",
				// "Speaking in Geneva, Kenyan police arrested 20 protesters":
				// the people police act on are their own state's, whoever
				// else or wherever else the sentence names first
				if n := len(out); n > 0 && hasSector(out[n-1], "COP") && out[n-1].Country != "" && m.Start-out[n-1].End <= 6 {
					country = out[n-1].Country
				}
			}
			if armed && !people && !titled && country == "" {
				country = c.armedHome(st, out, m) // "Gaza militants", "South Sudan's government and rebels" (coref_armed.go)
			}
			if (hasSector(m, "CVL", "REF", "HLH", "EDU") || armed && !people || local(st.toks, m)) && country == "" && !titled {
				// victims and bystanders belong where it happened: "killed
				// scores of people outside Kabul airport", "shelled the
				// Ukrainian city of Kharkiv, killing three civilians"
				country = c.clauseCountry(st, m.Start)
				if country == "" && hasSector(m, "CVL", "REF") {
					// "evacuated civilians from Mariupol" (armed groups and
					// criminals below take the place they act in, as
					// non-state groups do: "abducted by gunmen near a
					// project in Pakistan's Khyber Pakhtunkhwa province")
					country = c.placeCountryAfter(st, m.End, "from")
				}
				for j := 0; j < len(ms) && country == "" && !armed; j++ {
					if ms[j].Modifier && len(ms[j].Country) == 3 && !topicModifier(st.toks, ms[j]) && !st.words.borderState(st.toks, ms[j]) {
						country = ms[j].Country
					}
				}
				if country == "" && !armed {
					// "shelled the centre of Kherson, killing two people":
					// the place the sentence names, not the attacker's state
					country = c.placeOnlyCountry(st, ms)
				}
				if country == "" && !armed {
					// "shelled the city again, killing two people": the
					// city the story named (placeref.go)
					country = placeRefIn(st, 0, len(st.toks))
				}
			}
			if country == "" && !armed && !titled {
				// "the presidential palace in Khartoum", "the court in
				// Bangkok": a body located by the place right after it
				country = c.seatCountry(st, m)
			}
			if country == "" && hasSector(m, "COP") && len(m.Sectors) == 1 && !titled && m.Start > 0 && st.toks[m.Start-1].Tag == "DT" {
				// "ambushed a police convoy in Kenya's Lamu county": police
				// attacked where the sentence places them are that state's,
				// not the attackers'
				country = c.nearPlaceCountry(st, m.End)
			}
			if country == "" && k+1 < len(ms) && m.End < len(st.toks) && st.toks[m.End].Text == "," && ms[k+1].Start == m.End+1 &&
				ms[k+1].Person && ms[k+1].Country != "" && !ms[k+1].Unresolved {
				// "the foreign minister, Adel al-Jubeir,": the person named
				// beside the title
				country = ms[k+1].Country
			}
			if country == "" && honorificApposition(st.toks, m.End) && ctx.pubDate != "" {
				// "The president, Mr Putin, said": the one office holder
				// of that surname (a lone surname is matched only later),
				// not the state the sentence names
				if a, ok := c.matcher.Holder(st.toks[m.End+2].Lower, ctx.pubDate); ok {
					country = a.Country
				}
			}
			if country == "" && titled && k+1 < len(ms) {
				// "Lieutenant General Igor Kirillov, the head of Russia's
				// chemical protection troops,": what the apposition says
				if n := ms[k+1]; st.words.appositionOwner(st.toks, m, n) {
					out = append(out, ownedBy(m, n, n.Kind == actors.KindCountry || n.Kind == actors.KindCapital, dict))
					continue
				}
			}
			if country == "" && k+1 < len(ms) {
				// "a spokesman for the Ukrainian air force", "members of
				// the Russian parliament": the body they speak for or
				// belong to
				if e := m.End; e < len(st.toks) && (st.toks[e].Lower == "for" || st.toks[e].Lower == "of") {
					n := ms[k+1]
					gap := n.Start - e
					led := n.Person && n.Country != "" && (ledBody(st.toks[m.End-1].Lower) || // "the government of Benjamin Netanyahu"
						speaksFor(st.toks[m.End-1].Lower) && len(n.Sectors) > 0) // "a spokesman for Vladimir Putin": the office holder's
					// "a spokesman for U.N. Secretary-General Ban Ki-moon": the
					// head of an international body speaks for it (falseevents_clauses.go)
					igoHead := n.Person && n.Country == "" && speaksFor(st.toks[m.End-1].Lower) && intlCode(n.Code)
					if (gap == 1 || gap == 2 && st.toks[e+1].Lower == "the") && !n.Unresolved && !n.Modifier && (!n.Person || led || igoHead) && (n.Country != "" || n.Kind == actors.KindOrg || igoHead) {
						// "Finance Minister Gunnar Berge of Norway": the
						// state's, in the title's role
						o := ownedBy(m, n, n.Kind == actors.KindCountry || n.Kind == actors.KindCapital || led, dict)
						if n.Kind != actors.KindOrg && formerBefore(st.toks, m.Start) {
							// "a former air force commander of the Assad
							// government": out of office, the country alone
							// (CODING.md)
							o.Code, o.Sectors = o.Country, nil
						}
						out = append(out, o)
						continue
					}
				}
			}
			if country == "" && weaponObject(st.toks, m) {
				continue // "launched drones", "pledged artillery": things, not actors
			}
			if country == "" && launchedWeapon(st.toks[m.End-1].Lower) {
				// "fired fewer missiles", "tested its missiles", "warned
				// that missiles will be coming": a state's missiles act as
				// its military only when the text says whose ("Russian
				// missiles struck"); otherwise they are what it fires
				continue
			}
			if country == "" {
				if r := personPossessor(st.toks, out, m); r != nil {
					// "accusing his government", "Putin and his defence
					// minister": the person's state, in the role named
					if m.Code == "PTY" && hasSector(*r, "OPP") {
						// "opposition leader Ousmane Sonko …, his party": an
						// opposition leader's party is the opposition
						// (CODING.md), as "Imran Khan's party" is
						m.Code, m.Sectors = "OPP", []string{"OPP"}
					}
					m.Code, m.Country, m.Name = r.Country+m.Code, r.Country, dict.Name(r.Country)
					m.Unresolved, m.Kind = false, "coref"
					out = append(out, m)
					continue
				}
				r := possessor(st.toks, out, m)
				if r == nil {
					r = ctx.leadingIts(st.toks, out, m) // "… Its foreign minister said": the last subject's
				}
				if r != nil {
					// "its inspectors" of the IAEA, "its top general" of Tehran
					if r.Country == "" || r.Kind == actors.KindOrg || len(r.Sectors) > 0 && !hasSector(*r, "GOV") && ownWeapon(st.toks[m.End-1].Lower) {
						// (a body's weapons are its own: "Ukraine's military
						// intelligence said its drones had struck"; a ministry's
						// warplanes are still its state's military)
						// an organisation's own people keep its code
						m.Code, m.Country, m.Sectors, m.Name = r.Code, r.Country, r.Sectors, r.Name
					} else {
						m.Code, m.Country, m.Name = r.Country+m.Code, r.Country, dict.Name(r.Country)
					}
					m.Unresolved, m.Kind = false, "coref"
					out = append(out, m)
					continue
				}
			}
			if country == "" && titled {
				if p, ok := ctx.names[st.toks[m.End-1].Lower]; ok && p.Country != "" {
					// the person of that name named before: "West German
					// Finance Minister Gerhard Stoltenberg … Finance
					// Minister Stoltenberg"
					m.Code, m.Country, m.Sectors, m.Name = p.Code, p.Country, p.Sectors, p.Name
					m.Unresolved, m.Kind = false, "coref"
					out = append(out, m)
					continue
				}
				// nothing of its own: the role alone, country unknown
				m.Unresolved, m.Name = false, ""
				out = append(out, m)
				continue
			}
			if country == "" && ctx.lastPers != nil && hasSector(*ctx.lastPers, "GOV") && leaderTitle(m.Text) {
				// "Mr Trump is another reason … The president called out":
				// the leader last named
				country = ctx.lastPers.Country
			}
			the := strings.HasPrefix(strings.ToLower(m.Text), "the ")
			if country == "" && the && hasSector(m, "GOV", "COP", "LEG", "JUD") {
				// "Lesotho residents protested against the government":
				// a state's own people acting on "the government", "the
				// police" or "the courts" act on their own state's, not on
				// a body named in an earlier sentence (the people of its
				// own clause first: "…, while Iranian protesters chanted
				// slogans against the government")
				if lo, _ := clauseBounds(st.toks, m.Start); lo > 0 {
					country = ownPeopleCountry(mentionsFrom(out, lo))
				}
				if country == "" {
					country = ownPeopleCountry(out)
				}
			}
			if country == "" && the && hasSector(m, "GOV", "MIL", "COP", "LEG", "JUD") && mi+1 < len(ms) {
				// "the government and Colombian rebels resumed talks in
				// Havana", "between the army and Kachin insurgents": the
				// state of its own rebels or people it is paired with, not
				// the venue's (anchored.go)
				country = pairedPeopleCountry(st.toks, m, ms[mi+1])
			}
			if country == "" && hasSector(m, "COP") && len(m.Sectors) == 1 {
				// "condemning the violence used against Georgia's
				// protesters by riot police", "police fired tear gas at
				// Kenyan protesters": police act on their own state's
				// people, before or after them in the sentence
				if country = ownPeopleCountry(out); country == "" {
					country = ownPeopleCountry(ms[k+1:])
				}
			}
			if country == "" {
				// "the Hamas-run health ministry", "the Houthi-controlled
				// port authority": the body of the territory its rulers hold
				country = ruledBodyCountry(st.toks, ms, k)
			}
			if country == "" {
				// "…, Beijing will retaliate, a foreign ministry spokesman
				// warned": the speaker of a closing attribution speaks for
				// the subject of the clause it reports, not for the first
				// state named nor the body or country the story named before
				country = tailSpeakerCountry(st.toks, out, m)
			}
			if country == "" && the {
				if g, ok := ctx.lastCourt(st.toks, m); ok {
					// "The International Court of Justice ruled … The court
					// agreed": the international court named last
					m.Code, m.Country, m.Sectors, m.Name = g.Code, g.Country, g.Sectors, g.Name
					m.Unresolved, m.Kind = false, "coref"
					out = append(out, m)
					continue
				}
			}
			if country == "" && the {
				// "Egypt's foreign ministry said … The ministry said": the
				// same body named before
				if a, ok := ctx.names[lastAgentKey+st.toks[m.End-1].Lower]; ok && a.Country == "" {
					// "the U.N. envoy … The envoy said": an international
					// body's agent named before is that body's, whatever
					// state the story is about
					m.Code, m.Country, m.Sectors, m.Name = a.Code, "", a.Sectors, a.Name
					m.Unresolved, m.Kind = false, "coref"
					out = append(out, m)
					continue
				} else if ok {
					country = a.Country
					if f := ctx.focus(); f != "" && f != country && storyGovernment(st.toks[m.End-1].Lower) && ctx.countries[f] >= 2*ctx.countries[country] {
						// "The Nigerian government announced … brokered by
						// the Swiss government … The government has been
						// negotiating": the government of the state the story
						// is about, not one named in passing
						country = f
						if ls := ctx.lastSubj; ls != nil && len(ls.Country) == 3 && ls.Country != f && ctx.countries[ls.Country] >= 2*ctx.countries[a.Country] {
							// a story of two states ("Pakistan's military responded
							// … The government said Pakistan reserves the right to
							// respond"): the one whose actor the story told of last
							country = ls.Country
						}
					}
				}
			}
			if country == "" && hackers(m.Text) {
				// "Hackers attacked Estonian banks", "hackers based in
				// China breached U.S. agencies' email": hackers no
				// demonym, possessor or earlier mention names are
				// nobody's; they strike across borders, so neither
				// their victims' state nor the place nor the story's is
				// theirs (the gold sets code no event)
				continue
			}
			if country == "" && armed && k > 0 && ms[k-1].End == m.Start && ms[k-1].Modifier && len(ms[k-1].Country) == 3 &&
				strings.HasSuffix(st.toks[m.Start-1].Lower, "-based") {
				// "Pakistan-based militants": based there, that state's
				// (not "Iran-backed militias", nor the story's country)
				country = ms[k-1].Country
			}
			if country == "" && govBody(st.toks[m.End-1].Lower) && !(m.Start > 0 && st.toks[m.Start-1].Tag == "PRP$") {
				// "Cabinet agreed", "the national security council": the
				// government the story follows, or nobody; never a country
				// merely named as the topic
				if country = ctx.lastGov; country == "" {
					continue
				}
			}
			if country == "" && armed && !people && !hasSector(m, "CRM") {
				// "militants" in a story about Hamas, "the jihadists" in one
				// about Islamic State: the armed group named last, if any
				// (smugglers and traffickers are no member of it)
				if g, ok := ctx.names[lastOrgKey]; ok && (g.Country != "" && hasSector(g, "REB", "UAF") || strings.HasPrefix(g.Code, "IMG")) {
					if g.Country == "" {
						m.Code, m.Country, m.Sectors, m.Name = g.Code, "", g.Sectors, g.Name
						m.Unresolved, m.Kind = false, "coref"
						out = append(out, m)
						continue
					}
					country = g.Country
				}
			}
			if country == "" && the {
				country = c.homeBodyPlace(st, m) // "in Turkey when the authorities arrested him"
			}
			storyLevel := false // the country comes from earlier sentences, not this one
			if country == "" && armed && !people && !the && hasSector(m, "REB", "UAF") && !hasSector(m, "MIL") {
				// "Georgian police arrested two men. The Pakistani army said
				// it killed five militants in North Waziristan": unnamed
				// militants a state's force acts on in a sentence that names
				// no state the story is about are of the place the sentence
				// names, else of that force's state, not of the earlier story
				country = c.ownSentenceMilitants(ctx, st, out, ms[k+1:], m)
			}
			if country == "" && (the || armed && !people) {
				// "the army": the story's own country; rebels and gunmen
				// fight there too ("US troops advising rebels")
				country = ctx.focus()
				storyLevel = country != ""
			}
			if country == "" && hasSector(m, "CVL", "OPP", "LAB", "AGR", "EDU", "HRI") && len(m.Sectors) == 1 {
				// "Protesters called on the Georgian authorities to resign":
				// a state's own people turn to their own state's bodies,
				// when the sentence names no other state
				country = ownStateCountry(ms[k+1:], ms, m.End+12, false)
			}
			if country == "" && !hasSector(m, "MIL", "REB", "UAF", "SPY") && !(m.Start > 0 && st.toks[m.Start-1].Tag == "PRP$") {
				// a later clause ("…, while police in Tbilisi arrested"):
				// its own actors and places before the earlier clause's
				// (armed forces fight abroad; "its forces" have an owner)
				if lo, hi := clauseBounds(st.toks, m.Start); lo > 0 {
					for j := 0; j < len(out) && country == ""; j++ {
						if out[j].Start >= lo && out[j].Country != "" && !out[j].Modifier && !out[j].Place {
							country = out[j].Country
						}
					}
					if country == "" {
						country = c.placeCountryIn(st, lo, hi)
					}
				}
			}
			if country == "" && peacekeeperNoun(st.toks[m.End-1].Lower) {
				// "the attack on peacekeepers in southern Lebanon": a
				// mission's troops with no state or organisation named
				// are no army of the place nor of anyone named before
				continue
			}
			if country == "" && !titled && hasSector(m, "MIL") && len(m.Sectors) == 1 && insurgentIn(out) {
				// "JNIM militants killed dozens of soldiers in an ambush
				// in Burkina Faso": an armed group's victims serve the
				// state where it happened, not the group's home
				country = c.sentenceCountry(st)
			}
			for j := 0; j < len(out) && country == ""; j++ {
				if hasSector(m, "CVL", "REF", "HLH", "EDU", "MED") && !armed && !titled && accuserBefore(st.toks, out, j, m) {
					if p := c.sentenceCountry(st); p != "" && p != out[j].Country {
						country = p // "Britain accused Syrian forces of massacring villagers in Houla": the place's (coref_accused.go)
						break
					}
				}
				if out[j].Country != "" && !out[j].Modifier && !out[j].Place && !(out[j].Kind == actors.KindOrg && newsMedium(out[j]) && hasSector(m, "CVL", "REF", "HLH", "EDU")) {
					// (the people a news outlet shows are not its country's:
					// "a video obtained by CNN shows schoolgirls abducted by
					// Boko Haram" are no Americans; "the BBC refused to hand
					// its footage to the police" is Britain's police)
					country = out[j].Country
					if victim := hasSector(m, "CVL", "REF", "HLH", "EDU", "MED") && !armed && !titled; victim && hasSector(out[j], "MIL", "REB", "UAF") {
						if p := c.sentenceCountry(st); p != "" && p != country && out[j].Start < m.Start {
							// "An Israeli tank crew fired two shells at a
							// group of journalists in Lebanon": a foreign
							// force's victims are of the place the sentence
							// puts them in, not the force's people
							country = p
						} else if st.prevPlace != "" && st.prevPlace != country {
							// "Israeli tanks pushed into Rafah … Israeli jets
							// bombed a camp, killing 12 people": the dead are
							// where the story is, not the attacker's people
							country = st.prevPlace
						}
					}
				}
			}
			if p := ctx.recentPers(); country == "" && p != nil && pronounSubject(st.toks, m.Start) {
				// "He told lawmakers": the country of whom "he" means
				country = p.Country
			}
			if country == "" && hasSector(m, "MIL") && len(m.Sectors) == 1 && warMachine(st.toks[m.End-1].Lower) {
				// "Israeli forces charged into Jenin … tanks and helicopters
				// fought the gunmen": the forces named before, not the
				// last country the story names
				if f, ok := ctx.names[lastMilKey]; ok {
					country = f.Country
					// a force the story told of acting keeps its tanks ("Israeli
					// troops raided … Tanks fired on gunmen in Jenin"); a force
					// only acted on does not ("Ukraine shot down Russian drones")
					a, acted := ctx.names[actingMilKey]
					storyLevel = country != "" && !(acted && a.Country == country)
				}
			}
			if country == "" && !armed && !hasSector(m, "GOV", "SPY", "MIL") && m.End < len(st.toks) {
				// "Police in Nairobi fired tear gas", "opposition supporters
				// marched through Tbilisi": people at home where their own
				// sentence puts them, whatever country the story named last
				// (not a ministry or spy agency, which speak of places abroad;
				// not armed forces, which fight there)
				country = c.homePlaceCountry(st, m.End)
			}
			if country == "" && !armed && !titled && homePeople(m) {
				// "Riots spread across Britain … Australia warned its
				// citizens … Protesters were angered by the police": a crowd
				// or the police with no place of their own are where the
				// story last put things, not of the state it named last
				// (actors_groups.go)
				country = ctx.whereFirst()
			}
			if country == "" {
				country = ctx.lastCtry
				storyLevel = country != ""
			}
			if storyLevel && !titled && hasSector(m, "MIL") && len(m.Sectors) == 1 && !(m.Start > 0 && st.toks[m.Start-1].Tag == "PRP$") {
				// "Israel criticised the Iranian regime. Troops opened fire on
				// protesters in Khartoum": an unnamed force takes the state of
				// earlier sentences only when its own names no other state
				// (actors_forces.go)
				var ok bool
				story := country
				if r := reporters[k]; r != "" {
					country = r // "Japanese officials said the military …" (actors_forces.go)
				} else if country, ok = c.ownSentenceForce(st, ms[k], named, k, country); !ok {
					a, acted := ctx.names[actingMilKey]
					if v := victimsState(st.toks, ms, k); v == "" || v == story || v != c.sentenceCountry(st) || !acted || a.Country != story ||
						(st.prevPlace != "" && st.prevPlace != v) {
						continue
					}
					// "The Israeli army stormed the camp. Soldiers killed 20
					// Palestinians in Gaza": the force the story told of
					// acting, in the land of the people it acts on, when the
					// story put it nowhere else ("Jordanian troops shot down
					// drones over Amman. Soldiers killed 20 Palestinians in
					// Gaza": none)
					country = story
				}
			}
			if country == "" && ctx.dateline != nil && hasSector(m, "GOV", "MIL", "COP", "JUD", "LEG", "SPY") {
				// "NAIROBI, Nov 20 (Reuters) - The interior ministry said":
				// a state body the story names before any state is the
				// dateline's
				country = ctx.dateline.Country
			}
			visited := ""
			if country == "" {
				visited = c.visitedBy(st, ms, m) // "the foreign minister will travel to Beijing" (visitors.go)
			}
			if country == "" {
				country = c.sentenceCountry(st) // "Protesters in Tehran …"
			}
			if country == "" {
				// "Washington state sued the federal government": any place
				// the sentence names
				var official *actors.Mention
				if hasSector(m, "GOV", "LEG", "JUD", "PTY") {
					official = &ms[k]
				}
				country = c.anyPlaceCountry(st, ms, official)
			}
			for j := 0; j < len(ms) && country == ""; j++ {
				if ms[j].Modifier && ms[j].Country != "" && !topicModifier(st.toks, ms[j]) && !originModifier(st.toks, ms[j]) && !baseModifier(st.toks, ms[j]) && !st.words.borderState(st.toks, ms[j]) {
					country = ms[j].Country // "in Indian-administered Kashmir"
				}
			}
			for j := k + 1; j < len(ms) && country == "" && armed && !people; j++ {
				if ms[j].Country != "" && !ms[j].Unresolved && !st.words.borderState(st.toks, ms[j]) {
					country = ms[j].Country // "a gunman shot Slovak Prime Minister Robert Fico": where they strike
				}
			}
			if country == "" && hasSector(m, "COP", "JUD") && len(m.Sectors) == 1 && !titled {
				country = laterOwnCountry(ms[k+1:]) // "Prosecutors indicted President Yoon" (sources_structure.go)
			}
			if visited != "" && country == visited {
				continue // a visitor is never of the place visited (visitors.go)
			}
			if country != "" && !titled && hasSector(m, "MIL") && len(m.Sectors) == 1 && !(m.Start > 0 && st.toks[m.Start-1].Tag == "PRP$") &&
				!stateInstitutionForce(st.toks, m) && victimsState(st.toks, ms, k) == country {
				// "Troops killed 20 Palestinians in the camp": an unnamed
				// force is not of the people it kills, whatever state the
				// place, the story or the ministry reporting it gives; it is
				// the force the story told of acting (of whatever state:
				// "Syrian troops stormed Rastan. Soldiers killed 30 Syrians"
				// SYRMIL), else unknown; "government troops" and "army
				// troops" are the state's own (actors_forces.go)
				country = ""
				if a, ok := ctx.names[actingMilKey]; ok {
					country = a.Country
				}
			}
			if country == "" {
				continue
			}
			m.Code = country + m.Code
			if building := st.toks[m.End-1].Lower; !titled && (building == "hospital" || building == "hospitals") && !clauseSubject(st.toks, m) {
				// "shelled a maternity hospital in Kherson", "dropped
				// supplies over a field hospital in Gaza": a place, and what
				// is done to it is done to its country (UKR, PSE), as the
				// gold sets code it; doctors and health workers stay HLH
				m.Code, m.Sectors = country, nil
			} // ("Hospitals have urged the public to donate": they act, HLH)
			m.Country = country
			m.Name = dict.Name(country)
			m.Unresolved = false
			m.Kind = "coref"
			if ownerPhrase {
				widenToOwner(st, &m) // "the city's mayor" is one phrase (anchored.go)
			}
		}
		out = append(out, m)
	}
	ms = out
	toks := st.toks
	cov := make([]bool, len(toks)+1)
	for _, m := range ms {
		for i := m.Start; i < m.End && i < len(cov); i++ {
			cov[i] = true
		}
	}
	covered := func(i int) bool { return i < len(cov) && cov[i] }
	var extra []actors.Mention
	var prevIt *actors.Mention // what an earlier "it" of the sentence meant
	theyNone := false          // an earlier "they" of the sentence meant people that are no actor
	for i := 0; i < len(toks); i++ {
		if covered(i) {
			continue
		}
		w := toks[i].Lower
		var ref, also *actors.Mention
		end := i + 1
		titled := false
		var spk *actors.Mention
		if w == "they" || w == "he" || w == "she" || w == "it" {
			sp, ok := speakerBefore(st, ms, extra, i)
			if ok && sp == nil {
				// "Kurdish officials said they", "De Mistura said he": the
				// speaker right before is whom the pronoun means, and no actor
				theyNone = theyNone || w == "they"
				continue
			}
			if ok && (w == "he" || w == "she") && !sp.Modifier && (sp.Person || st.words.personTitles[toks[sp.End-1].Lower] || st.words.personTitles[mentionHead(*sp)]) && c.fits(*sp, w) {
				spk = sp // "Japan's finance minister said he would meet", "The prosecutor of the International Criminal Court said he"
			}
			if ok && (w == "it" && !pluralActor(*sp) || w == "they" && pluralActor(*sp)) && !sp.Modifier && !sp.Place && !sp.Person &&
				!st.words.personTitles[toks[sp.End-1].Lower] && !st.words.personTitles[mentionHead(*sp)] && (sp.Country != "" || sp.Kind == actors.KindOrg) && followedByVerb(st, i) {
				spk = sp // "…, while Japan said it would provide": Japan, not the sentence's first subject
			}
		}
		if (w == "his" || w == "her") && i+1 < len(toks) && (toks[i+1].Lower == "office" || toks[i+1].Lower == "ministry" || toks[i+1].Lower == "government") && !covered(i+1) {
			// "the ICC prosecutor said his office had opened an
			// investigation": the speaker's own body
			if sp, ok := speakerBefore(st, ms, extra, i); ok && sp != nil && !sp.Modifier && !sp.Place && (sp.Person || st.words.personTitles[toks[sp.End-1].Lower] || sp.Kind == actors.KindOrg) {
				spk, end = sp, i+2
			}
		}
		switch {
		case spk != nil:
			ref = spk
		case (w == "we" || w == "i" && toks[i].Text == "I") && followedByVerb(st, i):
			// `"We condemn this attack," the ministry said`: the speaker
			// of the quotation (quotes.go)
			ref = quoteSpeaker(st, ms, i)
		case (w == "it" || w == "they") && followedByVerb(st, i) && thingAntecedent(st, covered, extra, i, w == "they"):
			continue // "the tram derailed as it was negotiating a curve": the thing, no actor
		case w == "it" && followedByVerb(st, i) && ownerOfClaim(toks, ms, i) != nil:
			ref = ownerOfClaim(toks, ms, i) // "North Korea's warning that it might conduct a test" (falseevents_opinion.go)
		case w == "it" && prevIt != nil && followedByVerb(st, i) && !expletive(toks, i):
			ref = prevIt // "… that it would face consequences if it seized …"
		case w == "they" && protestingObject(st, ms, i) != nil:
			// "police detained 30 activists as they protested": the
			// crowd acted on, not the police (coref_protesters.go)
			ref = protestingObject(st, ms, i)
		case (w == "it" || w == "they") && followedByVerb(st, i) && i >= 3 && toks[i-1].Lower == "saying" && toks[i-2].Lower == "as" && objectBefore(ms, i-2) != nil:
			// "Xinhua quoted the foreign ministry as saying it opposed":
			// the one quoted
			ref = objectBefore(ms, i-2)
		case (w == "it" || w == "they") && followedByVerb(st, i) && i >= 2 && toks[i-1].Lower == "that" && objectBefore(ms, i-1) != nil && !newsMedium(*objectBefore(ms, i-1)):
			// "Britain warned Iran that it would face consequences": the
			// one warned, told or urged; never a news medium told ("Amazon
			// told Reuters that it was investigating" is Amazon)
			ref = objectBefore(ms, i-1)
		case w == "it" && i >= 1 && (toks[i-1].Lower == "if" || toks[i-1].Lower == "unless") && followedByVerb(st, i) && !passiveAfter(toks, i) &&
			conditionObject(toks, ms, i-1) != nil:
			// "will impose sanctions on Russia if it invades Ukraine": the
			// party the main clause acts on, not its subject
			ref = conditionObject(toks, ms, i-1)
		case w == "it" && i >= 1 && responseClause(toks, i) && conditionObject(toks, ms, i-1) != nil && !conditionObject(toks, ms, i-1).Possessive:
			// "imposed sanctions on North Korea after it staged missile
			// launches": the party the main clause responds to
			ref = conditionObject(toks, ms, i-1)
		case (w == "it" || w == "they") && followedByVerb(st, i) && !(w == "it" && expletive(toks, i)):
			// the main subject earlier in this sentence, else the last
			// subject; "it" is one state or body, never "the women"
			from, told := 0, false
			if w == "it" {
				from = clauseOfPronoun(toks, ms, i) // "X is …, but Turkey … insisted it": the clause's own subject (coref_names.go)
			}
			for j := range ms {
				if ms[j].Start >= from && ms[j].Start < i && (ms[j].Country != "" || ms[j].Kind == actors.KindOrg) && !ms[j].Person && !ms[j].Modifier && !ms[j].Place &&
					!(w == "it" && pluralActor(ms[j])) && !compared(toks, ms[j]) {
					if toldMedium(toks, ms[j]) {
						told = true // the medium told, whose teller this sentence names
						continue
					}
					ref = &ms[j]
					break
				}
			}
			for j := range extra {
				// "The group rejected … and said it would": a description
				// resolved before in the sentence
				if (ref == nil || extra[j].Start < ref.Start) && !extra[j].Person && (extra[j].Country != "" || extra[j].Kind == actors.KindOrg) &&
					!(w == "it" && pluralActor(extra[j])) {
					ref = &extra[j]
					break
				}
			}
			if ref == nil && w == "they" && plainPluralSubject(toks, ms, i) {
				continue // "Dozens of cadres made it to Europe, where they remain …": the cadres, no actor (sources_structure.go)
			}
			if w == "they" && (theyNone || ref == nil && ctx.theyNone) {
				// "Kurdish officials asked the Syrian government to
				// intervene. But they denied …, though they did not deny":
				// the people of the last subject, no actor, not the party
				// they acted on
				theyNone = true
				continue
			}
			if w == "they" && ref != nil && contactRelative(toks, covered, ms, ref, i) {
				continue // "force the Syrian regime to make concessions they have refused": whose, unsure (coref_names.go)
			}
			if ref == nil && !told {
				// the last sentence's: for "they" its one plural
				// subject, for "it" a subject that is a state or a body
				// (coref_pronouns.go)
				if w == "they" && (!ctx.theyQuoted || isQuote(toks[0].Text)) {
					ref = ctx.theyAnte
					also = ctx.theyAlso
				} else if ctx.lastSubj != nil && st.words.itAntecedent(*ctx.lastSubj) && !st.words.nameSubjectBefore(toks, covered, i) {
					ref = ctx.lastSubj
				}
			}
			if w == "they" && ref != nil && ref != ctx.lastSubj && singularActor(toks, ms, *ref) && ctx.lastSubj != nil && pluralActor(*ctx.lastSubj) &&
				hasSector(*ctx.lastSubj, "MIL", "REB", "COP", "UAF") && st.words.saidBetween(toks, ref.End, i) {
				// "Turkish troops shelled … Ankara said they had killed":
				// "they" means the forces last in the news, not one state;
				// only when the state is the speaker right before "they"
				// (else "urged Britain to support Syria's Kurds as they
				// face…" gave the women of an earlier sentence)
				ref = ctx.lastSubj
			}
		case w == "them" && toks[i].Tag == "PRP":
			// the nearest people before that are not the subject of the
			// verb governing "them", else the last sentence's: "Protesters
			// stormed parliament … Police fired tear gas at them"
			for j := len(ms) - 1; j >= 0 && ref == nil; j-- {
				if ms[j].Start < i && pluralActor(ms[j]) && !ms[j].Modifier && !ms[j].Place && !subjectOf(st, ms, ms[j], i) && !compared(toks, ms[j]) {
					ref = &ms[j]
				}
			}
			if ref == nil && ctx.lastSubj != nil && pluralActor(*ctx.lastSubj) && !plurals(ms, i) {
				ref = ctx.lastSubj
			}
		case (w == "he" || w == "she") && followedByVerb(st, i):
			// the nearest person before that is a subject ("Trump has said
			// he"), else the sentence's first person, else the subject
			// person of the last sentence naming one: "Giorgia Meloni met
			// Keir Starmer … She said" is Meloni
			var cands []*actors.Mention
			for j := range ms {
				if ms[j].Start < i && ms[j].Person && c.fits(ms[j], w) && !compared(toks, ms[j]) && !asideFromPronoun(toks, ms[j], i) {
					cands = append(cands, &ms[j])
				}
			}
			for j := range extra {
				if extra[j].Start < i && extra[j].Person && c.fits(extra[j], w) && !asideFromPronoun(toks, extra[j], i) { // "Hunt said he wanted"
					cands = append(cands, &extra[j])
				}
			}
			sort.Slice(cands, func(a, b int) bool { return cands[a].Start < cands[b].Start })
			for j := len(cands) - 1; j >= 0 && ref == nil; j-- {
				if subjectAt(toks, cands[j].End) {
					ref = cands[j]
				}
			}
			if ref == nil && len(cands) > 0 {
				ref = cands[0]
			}
			if ref == nil {
				// "The Russian foreign minister met his Chinese counterpart
				// …, and he later flew to Pyongyang": a one-person office
				// that is the sentence's subject
				for j := range ms {
					if m := &ms[j]; m.Start < i && !m.Modifier && !m.Place && !m.Plural && m.End > m.Start && m.Country != "" &&
						st.words.personTitles[toks[m.End-1].Lower] && subjectAt(toks, m.End) {
						ref = m
						break
					}
				}
			}
			if ref == nil {
				ref = st.words.personNounMention(toks, ms, i) // "Police shot dead the gunman after he opened fire": the gunman
			}
			if ref == nil && !c.unknownPersonBefore(st, ms, i) && !st.words.personNounBefore(toks, covered, i) {
				ref = ctx.recentPers() // (coref_pronouns.go)
				if ref != nil && !c.fits(*ref, w) {
					// "Kamala Harris met Fumio Kishida … He praised": the
					// next person that can be meant
					ref = nil
					for j := range ctx.lastPeople {
						if p := &ctx.lastPeople[j]; c.fits(*p, w) {
							ref = p
							break
						}
					}
				}
			}
		case w == "him" && toks[i].Tag == "PRP":
			// the nearest person before that is not the subject of the
			// verb governing "him": "held talks with him", "Putin told him"
			for j := len(ms) - 1; j >= 0; j-- {
				if ms[j].Start < i && ms[j].Person && !subjectOf(st, ms, ms[j], i) {
					ref = &ms[j]
					break
				}
			}
		case w == "the" && i+1 < len(toks) && (toks[i+1].Text == "North" || toks[i+1].Text == "South") && !covered(i+1) &&
			(i+2 == len(toks) || !startsUpperASCII(toks[i+2].Text) && toks[i+2].Tag != "NN" && toks[i+2].Tag != "NNS") && koreas(ms, ctx):
			// "South Korea warned the North against further launches": in
			// a story about the two Koreas, the other one
			code := "PRK"
			if toks[i+1].Text == "South" {
				code = "KOR"
			}
			m := actors.Mention{Kind: actors.KindCountry}
			m.Code, m.Country, m.Sectors, m.Name = code, code, []string{}, c.matcher.Dictionary().Name(code)
			ref = &m
			end = i + 2
		case w == "the" && i+1 < len(toks) && (toks[i+1].Lower == "agency") && !covered(i+1):
			ref = ctx.lastMed
			end = i + 2
		case w == "the" && i+1 < len(toks) && !covered(i+1) && describes(toks[i+1].Lower) != "" &&
			(followedByVerb(st, i+1) || i+2 < len(toks) && isPossTok(toks[i+2]) && !covered(i+3)) &&
			!(i > 0 && toks[i-1].Tag == "IN" && !subordinateOrg(toks, ms, i) && !(describes(toks[i+1].Lower) != "state" && i+2 < len(toks) && isPossTok(toks[i+2]))):
			// (after a preposition only an organisation's own: "strikes on
			// the group's positions", not "in the country's north")
			// "The bloc said", "the alliance pledged", "the kingdom's
			// oil minister": the organisation or state named before, an
			// organisation in this sentence first ("warned Hezbollah …
			// if the group kept firing rockets")
			if d := describes(toks[i+1].Lower); d == "org" || d == "igo" {
				ref = orgBefore(ms, i, d == "igo")
			}
			if ref == nil {
				ref = ctx.described(c, toks[i+1].Lower)
			}
			if ref != nil && subordinateOrg(toks, ms, i) && !namedBefore(ms, i, ref.Code) {
				ref = nil // (a clause's "the group" only for one this sentence named)
			}
			if s := sentenceState(toks, ms, i); s != "" && ref != nil && describes(toks[i+1].Lower) == "state" && (i == 0 || !strings.HasPrefix(toks[i-1].Tag, "VB") && toks[i-1].Tag != "IN" || st.words.sayingVerbs[toks[i-1].Lemma]) {
				ref = &actors.Mention{Actor: dyad.Actor{Code: s, Country: s, Sectors: []string{}, Name: c.matcher.Dictionary().Name(s)}, Kind: actors.KindCountry} // (falseevents_opinion.go)
			}
			end = i + 2
			if ref != nil && i+3 < len(toks) && isPossTok(toks[i+2]) && !covered(i+3) && st.words.ownerTitles[toks[i+3].Lower] {
				end = i + 4 // "the alliance's chief": the one who leads it
				titled = true
			}
		case w == "the" && i > 0 && strings.HasPrefix(toks[i-1].Tag, "VB") && i+2 < len(toks) && !covered(i+1) &&
			(describes(toks[i+1].Lower) == "org" || describes(toks[i+1].Lower) == "igo") && !(toks[i+2].Lower == "of" && i+3 < len(toks) && toks[i+3].Tag == "CD"):
			// "an Israeli official said, accusing the group of breaching
			// the truce": the object of a verb too, the organisation
			// named last (in this sentence first)
			ref = orgBefore(ms, i, describes(toks[i+1].Lower) == "igo")
			if ref == nil {
				ref = ctx.described(c, toks[i+1].Lower)
			}
			end = i + 2
		case w == "the" && i > 0 && strings.HasPrefix(toks[i-1].Tag, "VB") && !st.words.sayingVerbs[toks[i-1].Lemma] && i+1 < len(toks) && !covered(i+1) &&
			(toks[i+1].Lower == "island" || toks[i+1].Lower == "kingdom") && (i+2 == len(toks) || !isPossTok(toks[i+2]) && toks[i+2].Tag != "NN" && toks[i+2].Tag != "NNS"):
			// "China has stepped up pressure on Taiwan … Beijing
			// threatened the island": the object of a verb too, the state
			// the story named last, never one this sentence names before
			// it (the subject's own)
			if r := ctx.described(c, toks[i+1].Lower); r != nil && !namedBeforeCountry(ms, i, r.Country) {
				ref = r
			}
			end = i + 2
		case toks[i].Tag == "NNP" && c.electName(ctx, st, i) != nil:
			ref = c.electName(ctx, st, i) // "President-elect Trump threatened" (elect.go)
		case toks[i].Tag == "NNP":
			// a surname (or given name) of a person named earlier: "Albanese"
			if p, ok := ctx.names[w]; !ok && ctx.pubDate != "" && loneName(st, i) && !ctx.unknownName(st, ms, i) {
				// or of the one office holder of that name the dictionary
				// knows: "Putin, whose forces …, met Trump"
				if a, ok := c.matcher.Holder(w, ctx.pubDate); ok && !(len(a.Code) == 3 && c.givenLike(toks, i)) {
					ref = &actors.Mention{Actor: a, Person: true, Kind: actors.KindPerson}
				}
			} else if ok {
				p := p // (copied to the heap only when taken)
				ref = &p
				for end < len(toks) && toks[end].Tag == "NNP" && !covered(end) {
					if q, ok := ctx.names[toks[end].Lower]; ok && q.Code == p.Code {
						end++
						continue
					}
					break
				}
			}
		}
		if ref != nil && toks[i].Tag == "NNP" && c.honorificClash(toks, i, ref) {
			ref = nil // "Mrs Howard" after "Michael Howard": his wife, no actor
		}
		if ref == nil {
			continue
		}
		if w == "it" {
			prevIt = ref
		}
		r := *ref
		if titled {
			r.Person = true
			if r.Kind == actors.KindCountry || r.Kind == actors.KindCapital {
				r.Code, r.Sectors = r.Country+"GOV", []string{"GOV"} // "the country's leader"
			}
			titled = false
		}
		start := i
		if r.Person && i > 0 && isHonorific(strings.TrimSuffix(toks[i-1].Lower, ".")) && !covered(i-1) {
			start = i - 1 // "met Mr Putin": the honorific is the name's
		} else if r.Person && i > 1 && toks[i-1].Text == "." && isHonorific(toks[i-2].Lower) && !covered(i-2) {
			start = i - 2 // "shot Mr. Paddock" (the tokenizer leaves the period a token)
		}
		if r.Person && r.FullName == "" && r.Text != "" {
			r.FullName = r.Text // "Harris" after "Kamala Harris": her gender for a later "he" (actors.Genders.Of)
		}
		r.Start, r.End = start, end
		r.Text = st.s.Text[toks[start].Start:toks[end-1].End]
		r.Span = [2]int{toks[start].Start, toks[end-1].End}
		r.Kind = "coref"
		r.Possessive = false
		extra = append(extra, r)
		if also != nil {
			// "Russia and China vetoed … They also blocked": both states
			r2 := r
			r2.Actor, r2.Kind = also.Actor, "coref"
			extra = append(extra, r2)
			also = nil
		}
		i = end - 1
	}
	if len(extra) > 0 {
		ms = append(ms, extra...)
		sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	}
	ms = appositionPeople(st, ms) // "Jean-Claude Paye, Director General of the OECD," (actors_people.go)
	appositionRoles(st, ms)       // "the SNP's Holyrood leader, Nicola Sturgeon," (apposed.go)
	st.words.destination(toks, ms)
	return ms
}
