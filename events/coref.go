package events

import (
	"slices"
	"sort"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
	"github.com/dyad-events/dyad/sentences"
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
	reporters := reporterStates(reportersBuf[:0], st.toks, ms) // "Japanese officials said the military" (src13.go)
	out := ms[:0]
	for k := range ms {
		m := ms[k]
		if splitCompoundModifier(st, m) {
			continue // "U.S.-backed": a modifier, no actor (verbal.go)
		}
		if committeeTopic(st.toks, m) {
			continue // "the House Select Committee on the Chinese Communist Party": what the body deals with (coder10.go)
		}
		if m.Kind == actors.KindOrg && !m.Modifier && m.End > m.Start {
			// a person who bears a group's name ("the Isis oil minister
			// Abu Sayyaf … Abu Sayyaf was killed"): after a title or kin
			// word once, that name is the person for the rest of the story
			if ctx.orgPeople != nil && ctx.orgPeople[strings.ToLower(m.Text)] {
				continue
			}
			if personBefore(st.toks, m.Start) {
				if ctx.orgPeople == nil {
					ctx.orgPeople = map[string]bool{}
				}
				ctx.orgPeople[strings.ToLower(m.Text)] = true
				continue
			}
		}
		if !m.Unresolved && m.Kind == actors.KindAgent && m.Start > 0 && ethnic(st.toks[m.Start-1].Text) && hasSector(m, "GOV", "LEG", "JUD") {
			continue // "Kurdish leaders in Syria": a people's leaders are no state's government (below)
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
				continue // "Human Resources officials": a firm's staff (realnews2.go)
			}
			if bareCommunity(st.toks, m) {
				continue // "the Kurdish community" (actors8.go)
			}
			if creditor(st.toks[m.End-1].Lower) && !(m.End-2 >= 0 && (st.toks[m.End-2].Lower == "central" || st.toks[m.End-2].Lower == "reserve")) {
				// "the banks rejected the proposal", "bankers said": lenders
				// named by no country of their own are a debtor's foreign
				// creditors as often as its own banks; not the story's state
				// (a central bank is the state's own: "the central bank said")
				continue
			}
			country := committeeCountry(st, ms, m) // "lawmakers on the House Select Committee on …" (coder10.go)
			if k := m.Start - 1; country == "" && k >= 2 && isPossTok(st.toks[k]) && st.toks[k-2].Lower == "the" && placeNoun(st.toks[k-1].Lower) {
				// "Kharkiv was hit …, the city's mayor said": the officials
				// of the place the sentence names, else nobody known
				if country = c.cityCountry(st); country == "" {
					continue
				}
			}
			kin := kinMention(st.toks, m)
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
				// state kin turn to is their own (kin9.go)
				if country = kinState(st.toks, ms[k+1:], m.End); country == "" && !kinObject(st.toks, m.Start) && !(m.Start > 0 && st.toks[m.Start-1].Tag == "PRP$") {
					continue // a private person of no state the sentence says ("their families" are their kin's, below)
				}
			}
			if k := m.Start - 1; k >= 2 && isPossTok(st.toks[k]) && st.toks[k-2].Lower == "the" && describes(st.toks[k-1].Lower) != "" {
				// "the kingdom's oil minister", "the group's leader"
				r := ctx.described(c, st.toks[k-1].Lower)
				if s := sentenceState(st.toks, out, k-2); s != "" && r != nil && describes(st.toks[k-1].Lower) == "state" {
					r = &actors.Mention{Actor: dyad.Actor{Country: s}, Kind: actors.KindCountry} // "South Korea's Defense Ministry said the country's military" (precision6.go)
				}
				if r != nil {
					if r.Kind == actors.KindOrg {
						m.Code, m.Country, m.Sectors, m.Name = r.Code, r.Country, r.Sectors, r.Name
					} else {
						m.Code, m.Country, m.Name = r.Country+m.Code, r.Country, dict.Name(r.Country)
					}
					m.Unresolved, m.Kind = false, "coref"
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
				if country == "" {
					continue
				}
			}
			if country == "" {
				country = c.jurisdictionCountry(st, m) // "Borno state governor" (actors8.go)
			}
			if country == "" {
				country = c.groupPlaceCountry(st, m) // "Gaza residents" (generic13.go)
			}
			if country == "" && hasSector(m, "MIL") {
				country = ledBy(st.toks, m) // "Saudi-led coalition jets": the leading state's (coder11.go)
			}
			people := false
			if k := m.Start - 1; k >= 0 && ethnic(st.toks[k].Text) {
				// "Tigrayan forces", "Kurdish leaders": a people's own
				// fighters are rebels of the state the people lives in; its
				// leaders, officials and delegations are no state's
				// government, and no actor ("Kurdish officials said" is not
				// SYRGOV)
				people = true
				if hasSector(m, "GOV", "LEG", "JUD") {
					continue
				}
				against := opposedCountries(st.toks, ms, m)
				country = c.peopleCountry(st, st.toks[k].Text, m, ms, against)
				if country == "" {
					country = ctx.peopleHome(st.toks[k].Text, against)
				}

				if hasSector(m, "MIL", "COP") {
					m.Code, m.Sectors = "REB", []string{"REB"}
				}
			}
			armed := hasSector(m, "REB", "UAF", "CRM")
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
						// group's own people, no state's (prec2.go)
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
				// University": the workplace's state (actors9.go)
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
					if ms[j].Modifier && len(ms[j].Country) == 3 && !topicModifier(st.toks, ms[j]) {
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
				if n := ms[k+1]; appositionOwner(st.toks, m, n) {
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
					// head of an international body speaks for it (prec9.go)
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
				// "…, Beijing will retaliate, a foreign ministry spokesman
				// warned": the speaker of a closing attribution speaks for
				// the subject of the clause it reports, not for the first
				// state named nor the body or country the story named before
				country = tailSpeakerCountry(st.toks, out, m)
			}
			if country == "" && the {
				if g, ok := ctx.lastCourt(st.toks, m); ok {
					// "The International Court of Justice ruled … The court
					// agreed": the international court named last (realnews4.go)
					m.Code, m.Country, m.Sectors, m.Name = g.Code, g.Country, g.Sectors, g.Name
					m.Unresolved, m.Kind = false, "coref"
					out = append(out, m)
					continue
				}
			}
			if country == "" && the {
				// "Egypt's foreign ministry said … The ministry said": the
				// same body named before
				if a, ok := ctx.names[lastAgentKey+st.toks[m.End-1].Lower]; ok {
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
			if country == "" && armed && k > 0 && ms[k-1].End == m.Start && ms[k-1].Modifier && len(ms[k-1].Country) == 3 &&
				strings.HasSuffix(st.toks[m.Start-1].Lower, "-based") {
				// "Pakistan-based militants": based there, that state's
				// (not "Iran-backed militias", nor the story's country)
				country = ms[k-1].Country
			}
			if country == "" && govBody(st.toks[m.End-1].Lower) && !(m.Start > 0 && st.toks[m.Start-1].Tag == "PRP$") {
				// "Cabinet agreed", "the national security council": the
				// government the story follows, or nobody; never a country
				// merely named as the topic (realnews2.go)
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
				if out[j].Country != "" && !out[j].Modifier && !out[j].Place {
					country = out[j].Country
					if victim := hasSector(m, "CVL", "REF", "HLH", "EDU") && !armed && !titled; victim && hasSector(out[j], "MIL", "REB", "UAF") &&
						st.prevPlace != "" && st.prevPlace != country {
						// "Israeli tanks pushed into Rafah … Israeli jets
						// bombed a camp, killing 12 people": the dead are
						// where the story is, not the attacker's people
						country = st.prevPlace
					}
				}
			}
			if country == "" && ctx.lastPers != nil && pronounSubject(st.toks, m.Start) {
				// "He told lawmakers": the country of whom "he" means
				country = ctx.lastPers.Country
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
				// (coder10.go)
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
				// (coder11.go)
				var ok bool
				if r := reporters[k]; r != "" {
					country = r // "Japanese officials said the military …" (src13.go)
				} else if country, ok = c.ownSentenceForce(st, ms[k], named, k, country); !ok {
					continue
				}
			}
			if country == "" && ctx.dateline != nil && hasSector(m, "GOV", "MIL", "COP", "JUD", "LEG", "SPY") {
				// "NAIROBI, Nov 20 (Reuters) - The interior ministry said":
				// a state body the story names before any state is the
				// dateline's
				country = ctx.dateline.Country
			}
			if country == "" {
				country = c.sentenceCountry(st) // "Protesters in Tehran …"
			}
			if country == "" {
				// "Washington state sued the federal government": any place
				// the sentence names
				country = c.anyPlaceCountry(st, ms)
			}
			for j := 0; j < len(ms) && country == ""; j++ {
				if ms[j].Modifier && ms[j].Country != "" && !topicModifier(st.toks, ms[j]) {
					country = ms[j].Country // "in Indian-administered Kashmir"
				}
			}
			for j := k + 1; j < len(ms) && country == "" && armed && !people; j++ {
				if ms[j].Country != "" && !ms[j].Unresolved {
					country = ms[j].Country // "a gunman shot Slovak Prime Minister Robert Fico": where they strike
				}
			}
			if country == "" && hasSector(m, "COP", "JUD") && len(m.Sectors) == 1 && !titled {
				country = laterOwnCountry(ms[k+1:]) // "Prosecutors indicted President Yoon" (subjects8.go)
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
	for i := 0; i < len(toks); i++ {
		if covered(i) {
			continue
		}
		w := toks[i].Lower
		var ref *actors.Mention
		end := i + 1
		titled := false
		var spk *actors.Mention
		if w == "they" || w == "he" || w == "she" || w == "it" {
			sp, ok := speakerBefore(st, ms, extra, i)
			if ok && sp == nil {
				// "Kurdish officials said they", "De Mistura said he": the
				// speaker right before is whom the pronoun means, and no actor
				continue
			}
			if ok && (w == "he" || w == "she") && !sp.Modifier && (sp.Person || personTitle(toks[sp.End-1].Lower)) && c.fits(*sp, w) {
				spk = sp // "Japan's finance minister said he would meet"
			}
			if ok && (w == "it" && !pluralActor(*sp) || w == "they" && pluralActor(*sp)) && !sp.Modifier && !sp.Place && !sp.Person &&
				!personTitle(toks[sp.End-1].Lower) && (sp.Country != "" || sp.Kind == actors.KindOrg) && followedByVerb(st, i) {
				spk = sp // "…, while Japan said it would provide": Japan, not the sentence's first subject
			}
		}
		if (w == "his" || w == "her") && i+1 < len(toks) && (toks[i+1].Lower == "office" || toks[i+1].Lower == "ministry" || toks[i+1].Lower == "government") && !covered(i+1) {
			// "the ICC prosecutor said his office had opened an
			// investigation": the speaker's own body
			if sp, ok := speakerBefore(st, ms, extra, i); ok && sp != nil && !sp.Modifier && !sp.Place && (sp.Person || personTitle(toks[sp.End-1].Lower) || sp.Kind == actors.KindOrg) {
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
			ref = ownerOfClaim(toks, ms, i) // "North Korea's warning that it might conduct a test" (precision6.go)
		case w == "it" && prevIt != nil && followedByVerb(st, i) && !expletive(toks, i):
			ref = prevIt // "… that it would face consequences if it seized …"
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
			// launches": the party the main clause responds to (actors8.go)
			ref = conditionObject(toks, ms, i-1)
		case (w == "it" || w == "they") && followedByVerb(st, i) && !(w == "it" && expletive(toks, i)):
			// the main subject earlier in this sentence, else the last
			// subject; "it" is one state or body, never "the women"
			from, told := 0, false
			if w == "it" {
				from = clauseOfPronoun(toks, ms, i) // "X is …, but Turkey … insisted it": the clause's own subject (realnews4.go)
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
				continue // "Dozens of cadres made it to Europe, where they remain …": the cadres, no actor (prec2.go)
			}
			if ref == nil && !told && !(w == "it" && ctx.lastSubj != nil && pluralActor(*ctx.lastSubj)) {
				ref = ctx.lastSubj
			}
			if w == "they" && ref != nil && ref != ctx.lastSubj && singularActor(toks, ms, *ref) && ctx.lastSubj != nil && pluralActor(*ctx.lastSubj) &&
				hasSector(*ctx.lastSubj, "MIL", "REB", "COP", "UAF") && saidBetween(toks, ref.End, i) {
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
				if ms[j].Start < i && ms[j].Person && c.fits(ms[j], w) && !compared(toks, ms[j]) {
					cands = append(cands, &ms[j])
				}
			}
			for j := range extra {
				if extra[j].Start < i && extra[j].Person && c.fits(extra[j], w) { // "Hunt said he wanted"
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
						personTitle(toks[m.End-1].Lower) && subjectAt(toks, m.End) {
						ref = m
						break
					}
				}
			}
			if ref == nil {
				ref = personNounMention(toks, ms, i) // "Police shot dead the gunman after he opened fire": the gunman
			}
			if ref == nil && !c.unknownPersonBefore(st, ms, i) && !personNounBefore(toks, covered, i) {
				ref = ctx.lastPers
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
			// if the group kept firing rockets", second6.go)
			if d := describes(toks[i+1].Lower); d == "org" || d == "igo" {
				ref = orgBefore(ms, i, d == "igo")
			}
			if ref == nil {
				ref = ctx.described(c, toks[i+1].Lower)
			}
			if ref != nil && subordinateOrg(toks, ms, i) && !namedBefore(ms, i, ref.Code) {
				ref = nil // (a clause's "the group" only for one this sentence named: second6.go)
			}
			if s := sentenceState(toks, ms, i); s != "" && ref != nil && describes(toks[i+1].Lower) == "state" && (i == 0 || !strings.HasPrefix(toks[i-1].Tag, "VB") && toks[i-1].Tag != "IN" || sayingVerb(toks[i-1].Lemma)) {
				ref = &actors.Mention{Actor: dyad.Actor{Code: s, Country: s, Sectors: []string{}, Name: c.matcher.Dictionary().Name(s)}, Kind: actors.KindCountry} // (precision6.go)
			}
			end = i + 2
			if ref != nil && i+3 < len(toks) && isPossTok(toks[i+2]) && !covered(i+3) && ownerTitle(toks[i+3].Lower) {
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
		case w == "the" && i > 0 && strings.HasPrefix(toks[i-1].Tag, "VB") && !sayingVerb(toks[i-1].Lemma) && i+1 < len(toks) && !covered(i+1) &&
			(toks[i+1].Lower == "island" || toks[i+1].Lower == "kingdom") && (i+2 == len(toks) || !isPossTok(toks[i+2]) && toks[i+2].Tag != "NN" && toks[i+2].Tag != "NNS"):
			// "China has stepped up pressure on Taiwan … Beijing
			// threatened the island": the object of a verb too, the state
			// the story named last, never one this sentence names before
			// it (the subject's own: coref7_test.go)
			if r := ctx.described(c, toks[i+1].Lower); r != nil && !namedBeforeCountry(ms, i, r.Country) {
				ref = r
			}
			end = i + 2
		case toks[i].Tag == "NNP":
			// a surname (or given name) of a person named earlier: "Albanese"
			if p, ok := ctx.names[w]; !ok && ctx.pubDate != "" && loneName(st, i) && !ctx.unknownName(st, ms, i) {
				// or of the one office holder of that name the dictionary
				// knows: "Putin, whose forces …, met Trump"
				if a, ok := c.matcher.Holder(w, ctx.pubDate); ok && !(len(a.Code) == 3 && c.givenLike(toks, i)) {
					ref = &actors.Mention{Actor: a, Person: true, Kind: actors.KindPerson}
				}
			} else if ok {
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
		}
		r.Start, r.End = start, end
		r.Text = st.s.Text[toks[start].Start:toks[end-1].End]
		r.Span = [2]int{toks[start].Start, toks[end-1].End}
		r.Kind = "coref"
		r.Possessive = false
		extra = append(extra, r)
		i = end - 1
	}
	if len(extra) > 0 {
		ms = append(ms, extra...)
		sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	}
	ms = appositionPeople(st, ms) // "Jean-Claude Paye, Director General of the OECD," (apposition9.go)
	destination(toks, ms)
	return ms
}

// speakerBefore returns the speaker of a speech verb right before a
// pronoun at i ("NP said (that) he"), whom the pronoun means: the actor
// mention ending the NP, or nil with ok true when no actor mention covers
// it ("Kurdish officials said on Sunday they", "De Mistura said he", "a
// spokesman for the militias said they"); ok is false when the pronoun
// follows no such verb.
func speakerBefore(st *sentence, ms, extra []actors.Mention, i int) (m *actors.Mention, ok bool) {
	toks := st.toks
	j := i - 1
	if j >= 0 && toks[j].Lower == "that" {
		j--
	}
	for j >= 1 && dateWord(toks[j]) {
		j-- // "said on Sunday they", "said today they"
		if toks[j].Lower == "on" {
			j--
		}
	}
	if j < 1 {
		return nil, false
	}
	switch toks[j].Lower {
	case "said", "says", "say", "stated", "insisted", "added", "claimed", "announced", "told", "warned":
	default:
		return nil, false
	}
	k := j - 1
	for k >= 0 && (toks[k].Tag == "RB" || isAuxWord(toks[k].Lower) || infinitiveSpeaker(toks, k, j)) { // (prec7.go: "leading Kim to say he")
		k--
	}
	if k >= 0 && toks[k].Text == "," {
		if m := appositionSpeaker(toks, ms, k); m != nil {
			return m, true // "Russia's UN ambassador, Vassily X, said he" (realnews2.go)
		}
	}
	if k >= 0 && toks[k].Text == "," {
		if o := relativeParenthesis(toks, k); o > 0 {
			return parenthesisHead(toks, ms, o), true // "Turkey's president, who met Putin, said he" (prec7.go)
		}
	}
	if k < 0 || toks[k].Text == "," {
		return nil, false // "…, she said" asides and inverted quotes are left alone
	}
	switch toks[k].Tag {
	case "NN", "NNS", "NNP", "NNPS":
	default:
		return nil, false
	}
	if b := committeeSpeaker(toks, k); b >= 0 {
		// "lawmakers on the House Select Committee on the Chinese Communist
		// Party said they": the members, never the body's topic (coder10.go)
		for j := b; j >= 0 && b-j < 10; j-- {
			if toks[j].Lower == "on" || toks[j].Lower == "of" {
				if j > 0 {
					if m := mentionAt(ms, j-1); m != nil {
						return m, true
					}
				}
				break
			}
			if !nameTok(toks[j]) && toks[j].Lower != "a" && toks[j].Lower != "an" && !committeeWord(toks[j].Lower) {
				break
			}
		}
		return nil, true
	}
	// the head noun, else an owner or modifier within its phrase:
	// "Ukraine's prosecutor general's office said it"
	for ; k >= 0; k-- {
		if m := mentionAt(ms, k); m != nil {
			return m, true
		}
		if m := mentionAt(extra, k); m != nil {
			return m, true
		}
		switch t := toks[k]; {
		case t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "JJ" || isPossTok(t):
			continue
		}
		break
	}
	return nil, true
}

// saidBetween reports a speech verb alone (and an optional "that")
// between tokens a and b: "Ankara said they", "Kyiv claimed that they".
func saidBetween(toks []dyad.Token, a, b int) bool {
	if b-a < 1 || b-a > 2 {
		return false
	}
	switch toks[a].Lower {
	case "said", "says", "claimed", "claims", "announced", "reported", "insisted":
	default:
		return false
	}
	return b-a == 1 || toks[a+1].Lower == "that"
}

// creditor reports the head noun of unnamed lenders: "banks", "the
// bank", "bankers", "creditors", "lenders".
func creditor(w string) bool {
	switch w {
	case "bank", "banks", "banker", "bankers", "creditor", "creditors", "lender", "lenders":
		return true
	}
	return false
}

// leaderTitle reports "the president", "the prime minister" and other
// titles of one leader, which mean the leader named last.
func leaderTitle(text string) bool {
	switch strings.ToLower(text) {
	case "the president", "the prime minister", "the premier", "the chancellor", "the king", "the queen", "the emir",
		"the supreme leader", "the crown prince", "the foreign minister", "the defence minister", "the defense minister":
		return true
	}
	return false
}

// local reports an agent of local government ("the regional governor",
// "the mayor", "local officials"): it belongs where the sentence is set.
func local(toks []dyad.Token, m actors.Mention) bool {
	switch toks[m.End-1].Lower {
	case "governor", "governors", "mayor", "mayors":
		return true
	}
	for k := m.Start; k < m.End; k++ {
		switch toks[k].Lower {
		case "regional", "local", "provincial", "municipal", "city":
			return true
		}
	}
	return false
}

// peopleHomes returns, for the adjective of a people that is no state,
// the states it mostly lives in, the main one first (its fighters,
// leaders and parties are not those states' government); nil for other
// words. A fact table.
func peopleHomes(w string) []string {
	switch w {
	case "Kurdish":
		return []string{"IRQ", "SYR", "TUR", "IRN"}
	case "Yazidi":
		return []string{"IRQ", "SYR"}
	case "Rohingya":
		return []string{"MMR", "BGD"}
	case "Uighur", "Uyghur", "Tibetan":
		return []string{"CHN"}
	case "Tamil":
		return []string{"LKA", "IND"}
	case "Pashtun":
		return []string{"AFG", "PAK"}
	case "Baloch", "Baluch":
		return []string{"PAK", "IRN"}
	case "Hazara":
		return []string{"AFG"}
	case "Tigrayan", "Amhara", "Oromo":
		return []string{"ETH"}
	case "Fulani":
		return []string{"NGA", "MLI", "BFA", "NER"}
	case "Masalit":
		return []string{"SDN"}
	case "Hutu", "Tutsi":
		return []string{"RWA", "BDI", "COD"}
	case "Druze":
		return []string{"SYR", "LBN", "ISR"}
	case "Alawite":
		return []string{"SYR"}
	case "Tuareg":
		return []string{"MLI", "NER"}
	case "Karen", "Kachin", "Rakhine":
		return []string{"MMR"}
	case "Sikh":
		return []string{"IND"}
	case "Catalan", "Basque":
		return []string{"ESP"}
	}
	return nil
}

// ethnic reports the adjective of a people listed by peopleHomes.
func ethnic(w string) bool { return peopleHomes(w) != nil }

// peopleCountry returns the state a people's actor m belongs to: the
// place the sentence names if the people lives there ("Kurdish forces in
// Syria") and it is no state in against (the state the sentence sets
// them against or the place they attack, opposedCountries: "Kurdish
// militias shelled the Turkish province of Kilis" are not Turkey's),
// else a place its own clause names by a state's adjective ("Kurdish
// militias in the Syrian enclave of Afrin"), else its only state ("Tigrayan forces in
// South Africa" are Ethiopia's), else "" (the context decides among
// several). ms are the sentence's mentions.
func (c *Coder) peopleCountry(st *sentence, w string, m actors.Mention, ms []actors.Mention, against []string) string {
	homes := peopleHomes(w)
	if p := c.sentenceCountry(st); p != "" && slices.Contains(homes, p) && !slices.Contains(against, p) {
		return p
	}
	if p := peoplePlaceAdj(st.toks, m, ms); p != "" && slices.Contains(homes, p) {
		return p
	}
	if len(homes) == 1 {
		return homes[0]
	}
	return ""
}

// peoplePlaceAdj returns the state of a place named by a state's
// adjective in the clause of m, right after "in" ("Kurdish militias
// fighting against Turkey in the Syrian enclave of Afrin": SYR), "" when
// there is none.
func peoplePlaceAdj(toks []dyad.Token, m actors.Mention, ms []actors.Mention) string {
	_, hi := clauseBounds(toks, m.Start)
	for k := m.End; k+2 < hi; k++ {
		switch toks[k].Lower {
		case "in", "inside", "near", "across":
		default:
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" {
			j++
		}
		for _, o := range ms {
			if o.Start <= j && o.End == j+1 && len(o.Country) == 3 && j+1 < hi && (placeNoun(toks[j+1].Lower) || toks[j+1].Lower == "enclave") {
				return o.Country
			}
		}
	}
	return ""
}

// peopleHome returns the home of a people that earlier sentences of the
// story name most (the first listed on a tie), "" when they name none:
// "Kurdish forces" in a story about Syria. A home in except (ISO3 codes,
// see opposedCountries) is never chosen: "Kurdish militias fighting
// against Turkey" in a story that names Turkey most are not Turkey's.
func (ctx *articleCtx) peopleHome(w string, except []string) string {
	best, n := "", 0
	for _, h := range peopleHomes(w) {
		if slices.Contains(except, h) {
			continue
		}
		if ctx.countries[h] > n {
			best, n = h, ctx.countries[h]
		}
	}
	return best
}

// opposedCountries returns the states (ISO3 codes) that the sentence,
// after the people's fighters m, sets them against or names as the place
// they attack: a mention within four words after "against" ("Kurdish
// militias fighting against Turkey") and a state's adjective naming a
// place that is no locative's ("Kurdish militias shelled the Turkish
// province of Kilis"; not "in the Syrian enclave of Afrin"). toks are
// the sentence's tokens and ms its mentions.
func opposedCountries(toks []dyad.Token, ms []actors.Mention, m actors.Mention) []string {
	var out []string
	for _, o := range ms {
		if len(o.Country) != 3 || o.Start < m.End || slices.Contains(out, o.Country) {
			continue
		}
		against := false
		for k := max(o.Start-4, m.End); k < o.Start; k++ {
			against = against || toks[k].Lower == "against"
		}
		if !against && o.End < len(toks) && placeNoun(toks[o.End].Lower) && o.Start >= 2 && toks[o.Start-1].Lower == "the" {
			switch toks[o.Start-2].Lower {
			case "in", "inside", "near", "at", "from", "across", "of", "to", "into", "through":
			default:
				against = true
			}
		}
		if against {
			out = append(out, o.Country)
		}
	}
	return out
}

// kinNoun reports nouns for the kin of others ("the families of the
// hostages"), who are civilians of the state their kin belong to.
func kinNoun(w string) bool {
	switch w {
	case "families", "family", "relatives", "parents", "mothers", "fathers", "wives", "widows", "sons", "daughters", "relative":
		return true
	}
	return false
}

// honorificClash reports an honorific right before the surname at token
// i that names the other gender than the person ref, as its title or
// given name tells: "Mrs Howard" in a story about Michael Howard is his
// wife, "Mr Bhutto" is not Benazir Bhutto. An unknown gender never
// clashes.
func (c *Coder) honorificClash(toks []dyad.Token, i int, ref *actors.Mention) bool {
	if i == 0 || !ref.Person {
		return false
	}
	var want actors.Gender
	switch strings.TrimSuffix(toks[i-1].Lower, ".") {
	case "mr", "sir", "lord":
		want = actors.Male
	case "mrs", "ms", "miss", "dame", "lady", "madam":
		want = actors.Female
	default:
		return false
	}
	m := *ref
	if m.Text == "" {
		m.Text = m.Name
	}
	g := c.genders.Of(m)
	return g != actors.GenderUnknown && g != want
}

// pronounGender is the gender "he" or "she" names.
func pronounGender(w string) actors.Gender {
	if w == "she" {
		return actors.Female
	}
	return actors.Male
}

// fits reports whether "he" or "she" (w) can mean the person m: no when
// m's title or given name tells the other gender.
func (c *Coder) fits(m actors.Mention, w string) bool {
	g := c.genders.Of(m)
	return g == actors.GenderUnknown || g == pronounGender(w)
}

// unknownPersonBefore reports a name the dictionary does not know before
// token i of the sentence, two or more capitalised words that are no
// mention and no place ("The Foreign Office permanent secretary, Sir
// Simon McDonald, … since he is"): a later "he" or "she" most likely
// means that person, no actor.
func (c *Coder) unknownPersonBefore(st *sentence, ms []actors.Mention, i int) bool {
	covered := func(k int) bool {
		for _, m := range ms {
			if k >= m.Start && k < m.End {
				return true
			}
		}
		return false
	}
	toks := st.toks
	for k := 1; k+1 < i; k++ {
		second := k + 1
		if nameParticle(toks[second].Text) && second+1 < i {
			second++ // "Staffan de Mistura", "Ursula von der Leyen"
			if nameParticle(toks[second].Text) && second+1 < i {
				second++
			}
		}
		if toks[k].Tag != "NNP" || toks[second].Tag != "NNP" || covered(k) || covered(second) || titleWord(toks[k].Lower) && !isHonorific(toks[k].Lower) {
			continue
		}
		if toks[k-1].Tag == "NNP" || toks[k-1].Lower == "the" {
			continue // inside a longer name or a named thing ("the Warsaw Summit")
		}
		if _, _, ok := c.placeAt(st, k, i, 3); ok || orgWord(toks[k+1].Lower) || k+2 < i && toks[k+2].Tag == "NNP" && orgWord(toks[k+2].Lower) {
			continue // a place or an organisation ("Nature Air", "Civil Aviation")
		}
		return true
	}
	return false
}

// orgWord lists capitalised words that end organisations' and things'
// names, not people's.
func orgWord(w string) bool {
	switch w {
	case "air", "airlines", "airways", "group", "company", "corp", "inc", "ltd", "bank", "temple", "church", "university",
		"college", "school", "hospital", "aviation", "council", "committee", "commission", "party", "agency", "ministry",
		"court", "news", "times", "post", "press", "journal", "force", "forces", "army", "navy", "guard", "police",
		"office", "department", "institute", "foundation", "union", "league", "association", "front", "movement",
		"brigade", "brigades", "day", "street", "square", "avenue", "centre", "center", "hotel", "airport", "port",
		"bridge", "strait", "sea", "river", "island", "islands", "valley", "summit", "conference", "forum", "games",
		"cup", "prize", "award", "act", "treaty", "accord", "agreement", "plan", "initiative", "project", "fund":
		return true
	}
	return false
}

func isHonorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady":
		return true
	}
	return false
}

// particleName reports a name with a lower-case particle: "al-Assad",
// "el-Sisi", "bin" is not one.
func particleName(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i <= 3 && i+1 < len(w) && w[i+1] >= 'A' && w[i+1] <= 'Z'
}

// pluralActor reports a mention of people in the plural ("the women",
// "officials"), which "it" cannot mean.
func pluralActor(m actors.Mention) bool {
	if m.Kind == actors.KindCountry || m.Kind == actors.KindCapital || m.Kind == actors.KindOrg {
		return false
	}
	f := strings.Fields(m.Text)
	return len(f) > 0 && strings.HasSuffix(f[len(f)-1], "s") && !strings.HasSuffix(f[len(f)-1], "ss")
}

// expletive reports an "it" that refers to nothing: "it is not clear",
// "it was important", "it emerged that", "it seems".
func expletive(toks []dyad.Token, i int) bool {
	k := i + 1
	for k < len(toks) && (isAuxWord(toks[k].Lower) || toks[k].Tag == "MD" || toks[k].Lower == "be" || toks[k].Lower == "been" ||
		toks[k].Lower == "not" || toks[k].Lower == "n't" || toks[k].Tag == "RB" || toks[k].Lower == "no" && k+1 < len(toks) && toks[k+1].Lower == "longer" || toks[k].Lower == "longer" && toks[k-1].Lower == "no") {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if k+1 < len(toks) && toks[k+1].Lower == "that" && k > i+1 {
		return true // "it was encouraging that …"
	}
	switch toks[k].Lower {
	case "emerged", "seems", "seemed", "appears", "appeared", "means", "meant", "matters":
		return true // "it emerged that", "it seems"
	}
	if k == i+1 {
		return false // "what it said", "it warned"
	}
	switch toks[k].Lower {
	case "clear", "unclear", "important", "likely", "unlikely", "possible", "impossible", "necessary", "true", "hard",
		"difficult", "easy", "time", "worth", "understood", "believed", "expected", "thought", "reported", "estimated",
		"feared", "hoped", "known", "said", "alleged", "claimed", "unknown", "obvious", "essential", "vital",
		"crucial", "urgent", "critical", "significant", "striking", "notable", "surprising", "rare",
		"enough", "wrong", "better", "unacceptable", "inevitable", "imperative": // "it is no longer enough to condemn" (precision6_test.go)
		return true // "it is not clear", "it was reported"
	}
	return false
}

// describes tells what a definite description stands for: "org" for an
// organisation named before ("the group", "the militia"), "igo" for an
// international one ("the bloc", "the alliance"), "state" for a country
// ("the kingdom", "the island", "the country"); "" for other nouns.
func describes(w string) string {
	switch w {
	case "bloc", "alliance":
		return "igo"
	case "group", "movement", "militia", "organisation", "organization":
		return "org"
	case "kingdom", "island", "country", "nation", "republic", "emirate", "sultanate":
		return "state"
	}
	return ""
}

// pronounSubject reports "he" or "she" as the sentence's subject before
// token i.
func pronounSubject(toks []dyad.Token, i int) bool {
	for k := 0; k < i && k < 3; k++ {
		if toks[k].Lower == "he" || toks[k].Lower == "she" {
			return true
		}
	}
	return false
}

// storyGovernment reports the head nouns of a bare "the government" that
// mean the government of the story's own state unless another has been as
// much in the story.
func storyGovernment(w string) bool {
	switch w {
	case "government", "regime", "administration", "authorities":
		return true
	}
	return false
}

// lastAgentKey prefixes the names-map keys of the last agent mention by
// its head noun ("\x00agent:ministry").
const lastAgentKey = "\x00agent:"

// lastOrgKey is the key under which the article context's names map keeps
// the last organisation named (no name token can hold a NUL byte).
const lastOrgKey, lastIGOKey = "\x00org", "\x00igo"

// lastMilKey keeps the last state's forces named with their country
// ("Israeli forces"), whom a later bare "tanks" or "helicopters" mean.
const lastMilKey = "\x00mil"

// actingMilKey keeps the last state's forces named as a clause's subject
// (coder11.go: their tanks and jets later are theirs, whatever place the
// sentence names).
const actingMilKey = "\x00milact"

// personBefore reports a title or kin word right before token i (past a
// quotation mark), so that the name at i is a person's: "the Isis oil
// “minister” Abu Sayyaf", "her husband, Abu Sayyaf" is not the group.
func personBefore(toks []dyad.Token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].Text == "”" || toks[k].Text == "\"" || toks[k].Text == "'" || toks[k].Text == "," && k >= 1 && kinWord(toks[k-1].Lower)) {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower {
	case "minister", "commander", "emir", "spokesman", "spokeswoman", "named", "nicknamed", "alias", "mr", "mrs", "ms":
		return true
	}
	return kinWord(toks[k].Lower)
}

// kinWord reports a word for a relative: "husband", "son".
func kinWord(w string) bool {
	switch w {
	case "husband", "wife", "son", "daughter", "brother", "sister", "father", "mother", "uncle", "cousin":
		return true
	}
	return false
}

// orgBefore returns the organisation mentioned last before token i, an
// intergovernmental one when igo, else a non-state group; nil when none.
func orgBefore(ms []actors.Mention, i int, igo bool) *actors.Mention {
	for j := len(ms) - 1; j >= 0; j-- {
		m := &ms[j]
		if m.Start >= i || m.Kind != actors.KindOrg || m.Modifier || m.Place {
			continue
		}
		if strings.HasPrefix(m.Code, "IGO") == igo {
			return m
		}
	}
	return nil
}

// described returns the actor a definite description means (see
// describes), nil when none fits.
func (ctx *articleCtx) described(c *Coder, w string) *actors.Mention {
	switch describes(w) {
	case "igo":
		if m, ok := ctx.names[lastIGOKey]; ok {
			return &m
		}
	case "org":
		if m, ok := ctx.names[lastOrgKey]; ok && !strings.HasPrefix(m.Code, "IGO") {
			return &m
		}
	case "state":
		code := ctx.lastCtry
		if w != "island" && ctx.lastSubj != nil && ctx.lastSubj.Country != "" && (ctx.lastSubj.Kind == actors.KindCountry || ctx.lastSubj.Kind == actors.KindCapital) {
			code = ctx.lastSubj.Country
		}
		if code == "" {
			return nil
		}
		return &actors.Mention{Actor: dyad.Actor{Code: code, Country: code, Sectors: []string{}, Name: c.matcher.Dictionary().Name(code)}, Kind: actors.KindCountry}
	}
	return nil
}

func isPossTok(t dyad.Token) bool { return t.Lower == "'s" || t.Lower == "’s" || t.Lower == "'" }

// anyPlaceCountry returns the country of the first capitalised word run
// of the sentence that the gazetteer knows as a place, "" when none.
func (c *Coder) anyPlaceCountry(st *sentence, ms []actors.Mention) string {
	for k := 0; k < len(st.toks); k++ {
		if st.toks[k].Tag != "NNP" {
			continue
		}
		if m := mentionAt(ms, k); m != nil {
			if (m.Kind == actors.KindCountry || m.Kind == actors.KindCapital) && !m.Modifier && k > 0 {
				return m.Country // "off the coast of Somalia"
			}
			continue // modifiers are no places ("German government websites")
		}
		if p, n, ok := c.placeAt(st, k, len(st.toks), 3); ok && (!nameGoesOn(st.toks, k+n) || regionWord(st.toks, k+n)) && !featureName(st.toks, k+n) {
			if k == 0 && !regionWord(st.toks, k+n-1) && !regionWord(st.toks, k+n) {
				continue // a capitalised first word is often no place ("Male voters")
			}
			return p.Country
		}
	}
	return ""
}

// cityCountry returns the country of the first city or region the
// sentence names, its first word too ("Kharkiv was hit …, the city's
// mayor said"); "" when it names none.
func (c *Coder) cityCountry(st *sentence) string {
	for k := 0; k < len(st.toks); k++ {
		if st.toks[k].Tag != "NNP" {
			continue
		}
		if p, n, ok := c.placeAt(st, k, len(st.toks), 3); ok && p.Kind != gazetteer.KindCountry && !nameGoesOn(st.toks, k+n) && !featureName(st.toks, k+n) {
			return p.Country
		}
	}
	return ""
}

// mentionAt returns the mention token k lies in, nil when none.
func mentionAt(ms []actors.Mention, k int) *actors.Mention {
	for j := range ms {
		if k >= ms[j].Start && k < ms[j].End {
			return &ms[j]
		}
	}
	return nil
}

// regionWord reports "state", "province" or "county" at token i.
func regionWord(toks []dyad.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Lower {
	case "state", "province", "county":
		return true
	}
	return false
}

// destination marks states and capitals named as where someone goes or
// flies over as places, not actors: "returned to Pyongyang", "entered
// Damascus", "air defences were activated over Tehran". A visited state
// stays an actor: it is the host (043).
func destination(toks []dyad.Token, ms []actors.Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Seat && m.Start >= 2 && toks[m.Start-1].Lower == "the" {
			switch toks[m.Start-2].Lower {
			case "in", "at", "inside", "outside", "near":
				m.Place = true // "signed a statement in the Kremlin"
			}
		}
		if m.Kind != actors.KindCountry && m.Kind != actors.KindCapital || m.Possessive {
			continue
		}
		j := m.Start - 1
		inner := false // a region word before: "central Somalia"
		for j >= 0 && (toks[j].Lower == "the" || (strings.HasSuffix(toks[j].Lower, "ern") || toks[j].Lower == "central" || compassPoint(toks[j].Lower)) && !startsUpperASCII(toks[j].Text)) {
			inner = inner || toks[j].Lower != "the"
			j--
		}
		if j < 0 {
			continue
		}
		switch toks[j].Lower {
		case "in", "at", "near", "across", "throughout", "inside", "on":
			if inner {
				m.Place = true // "in central Somalia", "the attack on southern Israel"
			}
		case "over", "via", "toward", "towards":
			// "activated over Tehran"; a state flown over may be the
			// target of a show of force ("a missile over Japan")
			m.Place = m.Kind == actors.KindCapital
		case "entered", "reached", "enter", "reach", "entering", "reaching":
			m.Place = true
		case "visit", "visited", "visits", "visiting":
			// "visited Taipei": where the visit went; the visit codes its
			// host all the same (042/043 take a place's state)
			m.Place = true
		case "with":
			if j > 0 && borderWord(toks[j-1].Lower) && !closesBorder(toks, j-1) {
				m.Place = true // "guard the border with Chad", "crossings with Ukraine"
			}
		case "and", ",":
			// the last of a list of places that are no actors: "rounding
			// up thousands in Karachi and Islamabad"
			m.Place = m.Kind == actors.KindCapital && placeList(toks, ms, j)
		case "of":
			if j > 0 && toks[j-1].Lower == "control" {
				m.Place = true // "took control of Damascus": territory
			}
			if m.Kind == actors.KindCapital && partOfPlace(toks, j) {
				m.Place = true // "looted shops in suburbs of Paris"
			}
		case "to", "into":
			if j > 0 {
				// going home or fleeing (a trip to a state is a visit, its
				// host an actor: "his first trip to Russia")
				switch toks[j-1].Lemma {
				case "return", "flee", "relocate":
					m.Place = true
				}
				switch toks[j-1].Lower {
				case "returned", "fled", "relocated", "back", "home", "return":
					m.Place = true
				}
				if m.Kind == actors.KindCapital && sentPeople(toks, ms, j) {
					m.Place = true // "sent police officers to Port-au-Prince": where they go
				}
			}
		}
		if m.Place {
			// a list shares it: "crossed into Poland and Moldova"
			for n := k + 1; n < len(ms) && (ms[n].Kind == actors.KindCountry || ms[n].Kind == actors.KindCapital); n++ {
				if !actors.Coordinated(toks, ms[n-1].End, ms[n].Start) {
					break
				}
				ms[n].Place = true
			}
		}
	}
}

// partOfPlace reports "of" at token j after a noun naming part of a
// city: "suburbs of Paris", "the outskirts of Kyiv", "the streets of
// Tehran".
func partOfPlace(toks []dyad.Token, j int) bool {
	if j == 0 {
		return false
	}
	switch toks[j-1].Lower {
	case "suburbs", "suburb", "outskirts", "streets", "centre", "center", "heart", "parts", "districts", "neighbourhoods", "neighborhoods":
		return true
	}
	return false
}

// sentPeople reports "to" at token j closing "sent/deployed PEOPLE":
// an agent mention ending right before j, after a verb sending people.
func sentPeople(toks []dyad.Token, ms []actors.Mention, j int) bool {
	a := mentionAt(ms, j-1)
	if a == nil || a.Country != "" && !a.Unresolved && a.Kind != "coref" && a.Kind != actors.KindAgent {
		return false
	}
	k := a.Start - 1
	for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "JJ" || toks[k].Tag == "NN" && !startsUpperASCII(toks[k].Text)) {
		k-- // "a peace envoy"
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lemma {
	case "send", "deploy", "dispatch":
		return true
	}
	return false
}

// borderWord reports a noun whose "with X" names a place: "the border
// with Chad", "crossings with Ukraine".
func borderWord(w string) bool {
	switch w {
	case "border", "borders", "crossing", "crossings", "frontier", "boundary":
		return true
	}
	return false
}

// closesBorder reports a verb closing or opening the border noun at b
// (within three words before it): "closed its border with Haiti" acts on
// Haiti.
func closesBorder(toks []dyad.Token, b int) bool {
	for k := b - 1; k >= 0 && k >= b-3; k-- {
		switch toks[k].Lemma {
		case "close", "shut", "seal", "open", "reopen":
			return true
		}
	}
	return false
}

// placeList reports a list ending at the conjunction or comma at token j
// whose items are capitalised words no mention covers, after "in", "at"
// or "near": "in Karachi and", "near Aleppo, Idlib and".
func placeList(toks []dyad.Token, ms []actors.Mention, j int) bool {
	k, names := j-1, 0
	for ; k >= 0; k-- {
		switch {
		case toks[k].Lower == "and" || toks[k].Text == ",":
		case startsUpperASCII(toks[k].Text) && mentionAt(ms, k) == nil:
			names++
		default:
			switch toks[k].Lower {
			case "in", "at", "near":
				return names > 0
			}
			return false
		}
	}
	return false
}

// possessor returns the actor "its" refers to when m follows it ("its
// inspectors", "its top general"): the nearest actor before m in the
// sentence that is a state or an organisation and not the object of a
// preposition ("vowed revenge against Washington for the killing of its
// top general" is Tehran's). Nil when m has no "its" or nothing fits.
func possessor(toks []dyad.Token, before []actors.Mention, m actors.Mention) *actors.Mention {
	k := m.Start - 1
	for k >= 0 && k >= m.Start-2 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN") && !startsUpperASCII(toks[k].Text) {
		k-- // "its junior foreign minister"
	}
	if k < 0 || toks[k].Lower != "its" {
		return nil
	}
	// "used grenades against its troops", "a cyber attack on its
	// electoral commission": whoever acts against "its" X is not its
	// owner, so the nearest candidate, the act's agent, is passed over
	against := false
	if k > 0 {
		switch toks[k-1].Lower {
		case "against", "on", "at", "toward", "towards", "into", "targeting":
			against = true
		}
	}
	var fallback *actors.Mention
	for j := len(before) - 1; j >= 0; j-- {
		r := &before[j]
		if r.End > m.Start || r.Modifier || r.Place || r.Person || r.Unresolved || r.Country == "" && r.Kind != actors.KindOrg {
			continue
		}
		if against {
			against = false
			continue
		}
		k := r.Start - 1
		for k >= 0 && (toks[k].Lower == "the" || strings.HasSuffix(toks[k].Lower, "ern") && !startsUpperASCII(toks[k].Text)) {
			k-- // "at northern Israel"
		}
		if k >= 0 && (toks[k].Tag == "IN" || toks[k].Tag == "TO") {
			continue
		}
		// a subject, followed by its verb, wins over an object: "Britain
		// accused China of a cyber attack on its electoral commission"
		if subjectAt(toks, r.End) {
			return r
		}
		if fallback == nil {
			fallback = r
		}
	}
	return fallback
}

// personPossessor returns the person "his" or "her" before the agent m
// refers to: the nearest state office holder named before m in the
// sentence ("Prime Minister Irakli Garibashvili …, accusing his
// government"). Nil when m has no such pronoun or no person fits.
func personPossessor(toks []dyad.Token, before []actors.Mention, m actors.Mention) *actors.Mention {
	k := m.Start - 1
	for k >= 0 && k >= m.Start-2 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN") && !startsUpperASCII(toks[k].Text) {
		k-- // "his own government"
	}
	if k < 0 || toks[k].Lower != "his" && toks[k].Lower != "her" {
		return nil
	}
	for j := len(before) - 1; j >= 0; j-- {
		r := &before[j]
		if r.End <= k && r.Person && !r.Modifier && len(r.Country) == 3 && hasSector(*r, "GOV", "OPP") {
			return r
		}
	}
	return nil
}

// subjectAt reports a verb at token i, after adverbs: the actor ending
// there is a subject. Unknown past forms the tagger left as nouns count
// ("Ukraine rebuild its army": a plain form before a determiner).
func subjectAt(toks []dyad.Token, i int) bool {
	for ; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Tag == "RB":
			continue
		case strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD":
			return true
		case (t.Tag == "NN" || t.Tag == "NNS") && (strings.HasSuffix(t.Lower, "ed") && len(t.Lower) > 4 ||
			i+1 < len(toks) && (toks[i+1].Tag == "DT" || toks[i+1].Tag == "PRP$")):
			return true
		}
		return false
	}
	return false
}

// weaponObject reports an unresolved military agent that names weapons
// right after a verb or a number: "had launched drones", "pledged
// artillery", "fired 200 missiles". It is what an actor uses, not one.
func weaponObject(toks []dyad.Token, m actors.Mention) bool {
	switch strings.TrimSuffix(toks[m.End-1].Lower, "s") {
	case "drone", "jet", "artillery", "tank", "helicopter", "warplane", "bomber", "gunship", "warship", "destroyer",
		"frigate", "submarine", "aircraft", "missile", "rocket", "vessel", "defence", "defense", "bomb":
	default:
		return false
	}
	if m.Start == 0 {
		return false
	}
	// walk back over numbers, lists and modifiers to the verb: "launched
	// 200 drones", "launched 120 missiles and 90 drones"
	counted := false
	for k, n := m.Start-1, 0; k >= 0 && n < 7; k, n = k-1, n+1 {
		t := toks[k]
		switch t.Lower {
		case "more", "new", "additional", "extra", "modern", "advanced", "of":
			return true // "appealed for more air defence", "a fleet of drones"
		}
		// the weapons launched, fired or handed over; a force scrambled
		// or deployed is the actor ("Poland scrambled fighter jets")
		switch t.Lemma {
		case "launch", "fire", "pledge", "supply", "send", "deliver", "provide", "give", "sell", "buy", "promise",
			"ship", "transfer", "donate", "receive", "acquire", "produce", "build", "use", "export", "import", "shoot":
			return true
		}
		switch t.Lower {
		case "launched", "fired", "pledged", "supplied", "delivered", "provided", "sold", "bought", "promised",
			"shipped", "transferred", "donated", "received", "acquired", "produced", "used", "exported", "imported",
			"test-fired", "test-launched", "tested":
			return true // forms the lexicon may not know
		}
		if t.Tag == "CD" || t.Tag == "CC" || t.Text == "," || t.Tag == "NNS" || t.Tag == "NN" || t.Tag == "JJ" {
			counted = counted || t.Tag == "CD"
			continue
		}
		// "it detected 40 aircraft": counted weapons after any verb
		return counted && strings.HasPrefix(t.Tag, "VB") && !isAuxWord(t.Lower)
	}
	return false
}

// placeCountryAfter returns the country of a place named right after the
// word prep (lower case) at or after token from, "" when none.
func (c *Coder) placeCountryAfter(st *sentence, from int, prep string) string {
	toks := st.toks
	for k := from; k+1 < len(toks); k++ {
		if toks[k].Lower != prep {
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" && j+1 < len(toks) {
			j++
		}
		if p, n, ok := c.placeAt(st, j, len(toks), 2); ok && !nameGoesOn(toks, j+n) && !featureName(toks, j+n) {
			return p.Country
		}
	}
	return ""
}

// placeNoun reports a noun for a settlement or region: "town", "city".
func placeNoun(w string) bool {
	switch w {
	case "city", "town", "village", "region", "province", "capital", "port", "district":
		return true
	}
	return false
}

// objectBefore returns the state or organisation mention ending right
// before token i that is the object of a verb ("warned Iran"), nil when
// none.
func objectBefore(ms []actors.Mention, i int) *actors.Mention {
	for j := range ms {
		m := &ms[j]
		if m.End == i && !m.Modifier && !m.Place && !m.Person && (m.Country != "" || m.Kind == actors.KindOrg) && j > 0 {
			return m
		}
	}
	return nil
}

// conditionObject returns the last state or organisation mention before
// the "if" at token i when it is not the sentence's first actor: the one a
// conditional threat or promise is about ("will impose sanctions on
// Russia if it invades", "warned Pyongyang would face … if it threatens"),
// in the clause of the "if" (no comma between). Nil when none or after
// "even".
func conditionObject(toks []dyad.Token, ms []actors.Mention, i int) *actors.Mention {
	var obj *actors.Mention
	for j := range ms {
		m := &ms[j]
		if m.End > i {
			break
		}
		if !m.Modifier && !m.Place && !m.Person && (m.Country != "" || m.Kind == actors.KindOrg) {
			obj = m
		}
	}
	if obj == nil || obj == &ms[0] || i >= 1 && toks[i-1].Lower == "even" {
		return nil // "…, even if it criticises": a concession, no condition on anyone
	}
	for k := obj.End; k < i; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return nil // "near Guam, home to …, … if it": not the clause's object
		}
	}
	return obj
}

// passiveAfter reports a passive right after token i ("if it is
// attacked", "if it were struck"): the pronoun is the one acted on.
func passiveAfter(toks []dyad.Token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].Lemma == "be" {
		j++
		if j < len(toks) && toks[j].Tag == "RB" {
			j++
		}
		return j < len(toks) && toks[j].Tag == "VBN"
	}
	return false
}

// subjectOf reports whether mention p is the subject of the clause that
// reaches token i: a verb follows p, and no other actor, comma or
// conjunction stands between them ("Putin had warned him").
func subjectOf(st *sentence, ms []actors.Mention, p actors.Mention, i int) bool {
	for _, o := range ms {
		if o.Start >= p.End && o.Start < i {
			return false
		}
	}
	verb := false
	for k := p.End; k < i; k++ {
		t := st.toks[k]
		switch {
		case t.Text == "," || t.Tag == "CC" || t.Lower == "that" || t.Lower == "who":
			return false
		case strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD":
			verb = true
		}
	}
	return verb
}

// sentenceCountry returns the country of the first place named after
// in/at/near in the sentence, "" when none.
func (c *Coder) sentenceCountry(st *sentence) string {
	return c.placeCountryIn(st, 0, len(st.toks))
}

// clauseCountry is sentenceCountry for the clause around token i first
// (clauseBounds: "…, while police in Tbilisi arrested …" is Georgia's
// whatever the clause before names), else for the whole sentence.
func (c *Coder) clauseCountry(st *sentence, i int) string {
	if lo, hi := clauseBounds(st.toks, i); lo > 0 || hi < len(st.toks) {
		if p := c.placeCountryIn(st, lo, hi); p != "" {
			return p
		}
	}
	return c.sentenceCountry(st)
}

// homePlaceCountry is placeCountryIn for the clause after token from,
// skipping a place that only locates a gathering ("boycotted a summit in
// Sochi"): where the people the clause opens with are.
func (c *Coder) homePlaceCountry(st *sentence, from int) string {
	_, hi := clauseBounds(st.toks, max(from-1, 0))
	for k := from; k < hi; k++ {
		switch st.toks[k].Lower {
		case "in", "at", "near", "outside", "through", "around", "across":
		default:
			continue
		}
		if k > 0 && gatheringNoun(st.toks[k-1].Lower) {
			return ""
		}
		if p := c.placeCountryIn(st, k, min(k+6, hi)); p != "" {
			return p
		}
	}
	return ""
}

// gatheringNoun reports nouns of meetings and events that a place after
// them locates ("a summit in Sochi", "talks in Doha").
func gatheringNoun(w string) bool {
	switch w {
	case "summit", "talks", "conference", "meeting", "meetings", "forum", "negotiations", "ceremony", "visit", "games", "tournament", "festival", "congress", "session":
		return true
	}
	return false
}

// placeCountryIn is sentenceCountry for tokens [lo, hi).
func (c *Coder) placeCountryIn(st *sentence, lo, hi int) string {
	toks := st.toks[:hi]
	for k := lo; k+1 < len(toks); k++ {
		switch toks[k].Lower {
		case "in", "at", "near", "outside", "through", "around", "across":
		case "of":
			if k == 0 {
				continue
			}
			if !placeNoun(toks[k-1].Lower) {
				continue
			}
		default:
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" && j+1 < len(toks) {
			j++
		}
		for j+1 < len(toks) && !startsUpperASCII(toks[j].Text) && (strings.HasSuffix(toks[j].Lower, "ern") || toks[j].Lower == "central" || compassPoint(toks[j].Lower)) {
			j++ // "in central Mali", "in northern Israel"
		}
		if p, n, ok := c.placeAt(st, j, len(toks), 2); ok && !nameGoesOn(toks, j+n) && !featureName(toks, j+n) {
			return p.Country
		}
		if j+1 < len(toks) && placeNoun(toks[j+1].Lower) {
			// "in the Tigrayan town of Axum": the one state of the people
			// whose town it is
			if homes := peopleHomes(toks[j].Text); len(homes) == 1 {
				return homes[0]
			}
		}
	}
	return ""
}

// nameGoesOn reports a capitalised word at token i continuing the name
// before it: "Scarborough Shoal" is no Scarborough.
func nameGoesOn(toks []dyad.Token, i int) bool {
	return i < len(toks) && toks[i].Tag == "NNP" && startsUpperASCII(toks[i].Text) && !titleWord(toks[i].Lower)
}

// focus returns the country mentioned most so far in the article (the
// earliest on a tie), "" when none.
func (ctx *articleCtx) focus() string {
	best, n := "", 0
	for _, c := range ctx.order {
		if ctx.countries[c] > n {
			best, n = c, ctx.countries[c]
		}
	}
	return best
}

// titleWord lists capitalised words of titles, never names.
func titleWord(w string) bool {
	switch w {
	case "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "general", "chief",
		"king", "queen", "leader", "state", "deputy", "vice", "premier", "chancellor", "ambassador", "envoy",
		"secretary-general", "commander", "interior", "finance", "treasury", "external", "affairs", "mr", "mrs", "ms",
		"dr", "supreme", "crown", "prince", "sheikh", "emir", "sultan", "pope", "senator", "governor", "mayor":
		return true
	}
	return false
}

// followedByVerb reports a pronoun used as a subject: a verb follows,
// perhaps after adverbs and auxiliaries.
func followedByVerb(st *sentence, i int) bool {
	for k := i + 1; k < len(st.toks) && k <= i+4; k++ {
		t := st.toks[k]
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return true
		}
		if t.Tag != "RB" && !isQuote(t.Text) { // (`it "firmly opposes"`)
			return false
		}
	}
	return false
}

// remember updates the article context after a sentence.
func (c *Coder) remember(ctx *articleCtx, st *sentence) {
	ctx.prevFirst = firstActor(st.ments) // (actors8.go)
	ctx.rememberBody(st)
	c.rememberPlace(ctx, st)
	pers := false
	unknown := -1 // whether the sentence names an unknown person: -1 not yet asked
	unknownPerson := func() bool {
		if unknown < 0 {
			unknown = 0
			if c.unknownPersonBefore(st, st.ments, len(st.toks)) {
				unknown = 1
			}
		}
		return unknown == 1
	}
	defer func() {
		if !pers && unknownPerson() {
			// a sentence about someone the dictionary does not know
			// ("Tamara Steinberg Jacobson wrote …"): a later "she" is not
			// the last known person
			ctx.lastPers, ctx.lastPeople = nil, nil
		}
	}()
	reported := len(st.ments) > 0 && speechBefore(st.toks, st.ments[0].Start)
	if reported {
		// "John Letts and Sally Lane said the Foreign Office had refused
		// … They say": the speakers, no actor, are whom a later "they"
		// means, not the body they spoke of
		ctx.lastSubj = nil
	}
	for k := range st.ments {
		m := st.ments[k]
		if m.Modifier || m.Place || reported {
			// not a subject; still a country the story names
		} else if m.Country != "" && ctx.lastSubj == nil && !placeOpener(st.toks, m) || m.Country != "" && k == 0 && !m.Person && !placeOpener(st.toks, m) {
			mm := m
			ctx.lastSubj = &mm
		}
		if m.Country != "" && !topicModifier(st.toks, m) {
			ctx.lastCtry = m.Country
			if ctx.countries == nil {
				ctx.countries = map[string]int{}
			}
			if ctx.countries[m.Country] == 0 {
				ctx.order = append(ctx.order, m.Country)
			}
			ctx.countries[m.Country]++
		}
		if (m.Kind == actors.KindAgent || m.Kind == "coref" && !m.Person) && m.Country != "" && !m.Place && !m.Modifier && m.End > m.Start {
			if ctx.names == nil {
				ctx.names = map[string]actors.Mention{}
			}
			ctx.names[lastAgentKey+st.toks[m.End-1].Lower] = m
		}
		if m.Kind == actors.KindAgent && len(m.Country) == 3 && !m.Place && !m.Modifier && len(m.Code) == 6 && hasSector(m, "MIL") {
			if ctx.names == nil {
				ctx.names = map[string]actors.Mention{}
			}
			ctx.names[lastMilKey] = m
			if subjectAt(st.toks, m.End) {
				ctx.names[actingMilKey] = m // it acts: "Israeli troops raided …"
			}
		}
		if namesCourt(st.toks, m) && !m.Place && !m.Modifier && !m.Unresolved {
			if ctx.names == nil {
				ctx.names = map[string]actors.Mention{}
			}
			ctx.names[lastCourtKey] = m // (realnews4.go)
		}
		if m.Kind == actors.KindOrg && !m.Place && !m.Modifier {
			if ctx.names == nil {
				ctx.names = map[string]actors.Mention{}
			}
			if strings.HasPrefix(m.Code, "IGO") {
				ctx.names[lastIGOKey] = m
			} else {
				ctx.names[lastOrgKey] = m
			}
		}
		for _, s := range m.Sectors {
			if s == "MED" {
				mm := m
				ctx.lastMed = &mm
			}
		}
		if m.Person {
			mm := m
			if !pers && !reported && c.unknownPersonBefore(st, st.ments, m.Start) {
				// "UN envoy Staffan de Mistura met Syrian President Bashar
				// al-Assad … He urged": the subject the dictionary does not
				// know comes first, and a later "he" is that person, no
				// actor, not the known one named after (coref7_test.go)
				ctx.lastPers, pers = nil, true
				ctx.lastPeople = nil
			} else if !pers {
				// the sentence's first person, its subject as a rule, is
				// who a later "he" or "she" means
				ctx.lastPers, pers = &mm, true
				ctx.lastPeople = nil // (a new array: a resolved pronoun may point into the old one)
			}
			ctx.lastPeople = append(ctx.lastPeople, mm)
			if m.Kind != "coref" {
				if ctx.names == nil {
					ctx.names = map[string]actors.Mention{}
				}
				// the name run at the end of the mention: "… Minister Abbas Araghchi"
				for k := m.End - 1; k >= m.Start; k-- {
					t := st.toks[k]
					if t.Tag != "NNP" && !particleName(t.Text) || titleWord(t.Lower) {
						break
					}
					ctx.names[t.Lower] = mm
					for _, pre := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"} {
						if rest, ok := strings.CutPrefix(t.Lower, pre); ok && len(rest) > 2 {
							ctx.names[rest] = mm // "al-Assad" … "Assad"
						}
					}
				}
			}
		}
	}
	c.noteUnknownNames(ctx, st)
	if len(st.ments) > 0 && !reported && (st.ments[0].Country != "" || subjectOrg(st.ments[0])) && !st.ments[0].Person && !st.ments[0].Modifier && !st.ments[0].Place {
		// (an organisation too: "The European Union adopted … It also
		// condemned")
		mm := st.ments[0]
		if placeOpener(st.toks, mm) {
			if g := groupAfterPlace(st); g != nil {
				ctx.lastSubj = g // "Weapons were seized in parts of Iraq held by Isis. It …" (itsubject.go)
			}
		} else {
			ctx.lastSubj = &mm
		}
	}
	if !pers && !unknownPerson() {
		// no one named: a one-person office that opens the sentence is
		// whom a later "he" or "she" means ("Poland's foreign minister
		// arrived … He criticised")
		for _, m := range st.ments {
			if m.Modifier || m.Place || m.Plural || m.End <= m.Start {
				continue
			}
			if m.Code != "" && personTitle(st.toks[m.End-1].Lower) && subjectAt(st.toks, m.End) {
				mm := m
				mm.Person = true
				ctx.lastPers, pers = &mm, true
			}
			break
		}
	}
}

// speechBefore reports a verb of saying before token i: the sentence's
// first actor then stands in what someone else said.
func speechBefore(toks []dyad.Token, i int) bool {
	for k := 0; k < i && k < len(toks); k++ {
		switch toks[k].Lower {
		case "said", "says", "say", "told", "added", "insisted":
			return true
		}
	}
	return false
}

// subjectOrg reports an organisation that a later "it" may mean: not a
// news outlet, which reports rather than acts.
func subjectOrg(m actors.Mention) bool {
	return m.Kind == actors.KindOrg && !hasSector(m, "MED")
}

// SentenceActors is the actor mentions of one sentence as the coder sees
// them: dictionary matches, assembled noun phrases and coreference
// resolved.
type SentenceActors struct {
	Sentence dyad.Sentence
	Mentions []actors.Mention
}

// Actors returns the resolved actor mentions of every sentence of a, in
// order; it is what Code attaches to events, exposed for evaluation and
// tools. Modifier mentions ("US goods") are included with Modifier set.
func (c *Coder) Actors(a *dyad.Article) []SentenceActors {
	ctx := newContext(c, a)
	var out []SentenceActors
	sentences.Each(a, c.lex, func(s *dyad.Sentence) {
		st := c.analyse(ctx, s)
		out = append(out, SentenceActors{Sentence: *s, Mentions: st.ments})
		c.remember(ctx, st)
	})
	return out
}

// isAuxWord reports a form of "be" or "have".
func isAuxWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "'s":
		return true
	}
	return false
}

// ownedBy returns the unresolved role mention m (a title, "a spokesman")
// resolved to the body n that owns it: a state's role (n's country and
// m's role code) when asState, else n's own code ("a spokesman for the
// Ukrainian air force" → UKRMIL).
func ownedBy(m, n actors.Mention, asState bool, dict *actors.Dictionary) actors.Mention {
	if asState {
		m.Code, m.Country, m.Name = n.Country+m.Code, n.Country, dict.Name(n.Country)
	} else {
		m.Code, m.Country, m.Sectors, m.Name = n.Code, n.Country, n.Sectors, n.Name
	}
	m.Unresolved, m.Kind = false, "coref"
	return m
}

// tailSpeakerCountry returns, for an agent m that speaks in a closing
// attribution (", a foreign ministry spokesman warned"), the country of
// the nearest state before the comma that is a clause's subject (at the
// start of the sentence or after a comma or conjunction, with a modal or
// finite verb right after it: "Beijing will retaliate"); "" otherwise.
func tailSpeakerCountry(toks []dyad.Token, before []actors.Mention, m actors.Mention) string {
	b := m.Start - 1
	if b >= 0 && (toks[b].Lower == "a" || toks[b].Lower == "the" || toks[b].Lower == "an") {
		b--
	}
	if b < 0 || toks[b].Text != "," || m.End >= len(toks) || !finite(toks[m.End].Tag) {
		return ""
	}
	for j := len(before) - 1; j >= 0; j-- {
		n := before[j]
		if n.End > b || n.Country == "" || n.Modifier || n.Place || n.End >= len(toks) {
			continue
		}
		if t := toks[n.End].Tag; t != "MD" && !finite(t) {
			continue
		}
		// a clause's subject opens it: at the start, or after a comma or
		// a conjunction ("with the insurgents scheduled …" is no subject)
		k := n.Start - 1
		if k >= 0 && (toks[k].Lower == "the" || toks[k].Tag == "DT") {
			k--
		}
		if k < 0 || toks[k].Text == "," || toks[k].Lower == "and" || toks[k].Lower == "but" || toks[k].Text == ";" {
			return n.Country
		}
	}
	return ""
}

// mentionsFrom returns the mentions of ms starting at token lo or later.
func mentionsFrom(ms []actors.Mention, lo int) []actors.Mention {
	for i, m := range ms {
		if m.Start >= lo {
			return ms[i:]
		}
	}
	return nil
}

// ownPeopleCountry returns the country of the first people mention of a
// sentence so far (civilians, opposition, workers, farmers, students:
// "Lesotho residents", "Israeli protesters"), whose "the government" is
// their own; "" when there is none.
func ownPeopleCountry(ms []actors.Mention) string {
	for _, m := range ms {
		if m.Country != "" && !m.Modifier && !m.Place && hasSector(m, "CVL", "OPP", "LAB", "AGR", "EDU") {
			return m.Country
		}
	}
	return ""
}

// ownStateCountry returns the country of the first state body (a
// government, police, court or legislature, or a person who holds such an
// office) among after that starts before token before, when every state
// named in all is that one (places too, unless ignorePlaces); ""
// otherwise.
func ownStateCountry(after, all []actors.Mention, before int, ignorePlaces bool) string {
	country := ""
	for _, m := range after {
		if m.Start >= before {
			break
		}
		if m.Country != "" && !m.Modifier && !m.Place && hasSector(m, "GOV", "COP", "JUD", "LEG") {
			country = m.Country
			break
		}
	}
	if country == "" {
		return ""
	}
	for _, m := range all {
		if m.Country != "" && m.Country != country && !m.Unresolved && !(ignorePlaces && m.Place) {
			return ""
		}
	}
	return country
}

// warMachine reports the plural nouns of a force's vehicles, which mean
// the forces named before ("tanks and helicopters fought"), unlike
// commanders or fighters, who may be anybody's.
func warMachine(w string) bool {
	switch w {
	case "tanks", "helicopters", "gunships", "warplanes", "jets", "bombers", "warships", "bulldozers", "armoured", "armored", "vehicles":
		return true
	}
	return false
}

// insurgentIn reports a non-state armed group among ms (rebels,
// militants, gunmen or a transnational jihadist group), not as a
// modifier or place.
func insurgentIn(ms []actors.Mention) bool {
	for _, m := range ms {
		if !m.Modifier && !m.Place && (hasSector(m, "REB", "UAF") || strings.HasPrefix(m.Code, "IMG")) {
			return true
		}
	}
	return false
}

// ownWeapon reports a plural weapon noun an owner's "its" may precede
// ("its drones", "its warplanes").
func ownWeapon(w string) bool {
	switch w {
	case "drones", "missiles", "rockets", "warplanes", "jets", "warships", "gunboats":
		return true
	}
	return false
}

// peacekeeperNoun reports a noun for a peace mission's troops.
func peacekeeperNoun(w string) bool {
	switch w {
	case "peacekeeper", "peacekeepers", "blue helmets":
		return true
	}
	return false
}

// honorificApposition reports ", Mr Putin," at k: a title in apposition
// to an honorific and a name ("The president, Mr Putin, said"), which the
// name resolves (to the one office holder of that surname), not the last
// state in the news.
func honorificApposition(toks []dyad.Token, k int) bool {
	return k+2 < len(toks) && toks[k].Text == "," && isHonorific(strings.TrimSuffix(toks[k+1].Lower, ".")) && toks[k+2].Tag == "NNP"
}

// launchedWeapon reports a munition noun ("missiles", "rockets", "glide
// bombs") that is an actor only with its state named beside it.
func launchedWeapon(w string) bool {
	switch w {
	case "missiles", "rockets", "bombs":
		return true
	}
	return false
}

// clauseSubject reports a mention that opens its sentence (after
// determiners and numbers) and is followed by a finite verb or an
// auxiliary: "Hospitals have urged", "The hospital said".
func clauseSubject(toks []dyad.Token, m actors.Mention) bool {
	for k := 0; k < m.Start; k++ {
		if t := toks[k]; t.Tag != "DT" && t.Tag != "CD" && t.Tag != "JJ" {
			return false
		}
	}
	if m.End >= len(toks) {
		return false
	}
	n := toks[m.End]
	return finite(n.Tag) || n.Tag == "MD"
}

// nearPlaceCountry returns the country of a place named by "in" within
// three tokens after from, with no comma or verb between ("a police
// convoy in Kenya's Lamu county": KEN); "" when there is none.
func (c *Coder) nearPlaceCountry(st *sentence, from int) string {
	toks := st.toks
	for k := from; k < len(toks) && k <= from+2; k++ {
		if toks[k].Text == "," || strings.HasPrefix(toks[k].Tag, "VB") {
			return ""
		}
		if toks[k].Lower == "in" {
			return c.placeCountryAfter(st, k, "in")
		}
	}
	return ""
}

// givenLike reports a lone name at token i that is as likely someone's
// given name, or a place, as a former office holder's surname: a given
// name the dictionary knows ("Howard", "Grant"), a place the gazetteer
// knows ("Lagos"), or a name in apposition to a kin noun ("Robinson's
// mother, Sharon,"). A former holder named by surname
// alone is taken only when neither holds (actors.Matcher.Holder).
func (c *Coder) givenLike(toks []dyad.Token, i int) bool {
	if _, ok := c.genders[gazetteer.Key(toks[i].Text)]; ok {
		return true
	}
	if _, ok := c.gaz.Lookup(toks[i].Text); ok {
		return true // "Lagos" is the city before Ricardo Lagos, out of office
	}
	if i < 2 || toks[i-1].Text != "," {
		return false
	}
	switch w := toks[i-2].Lower; w {
	case "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow", "partner", "friend", "neighbour", "neighbor":
		return true
	default:
		return kinNoun(w)
	}
}

// koreas reports a sentence or story about the two Koreas: a mention of
// either in the sentence, or either among the story's countries.
func koreas(ms []actors.Mention, ctx *articleCtx) bool {
	for _, m := range ms {
		if m.Country == "PRK" || m.Country == "KOR" {
			return true
		}
	}
	return ctx.countries["PRK"] > 0 || ctx.countries["KOR"] > 0
}

// thingAntecedent reports a pronoun at i that opens a time or reason
// clause ("as", "when", "because" …) after a clause whose subject is a
// common noun phrase that names no actor: "the tram derailed as it was
// negotiating a curve", "the ships sank after they were hit". The pronoun
// means that thing, not an actor named earlier ("the inspectors said the
// tram derailed as it …" is not the inspectors). plural is true for
// "they", which needs a plural noun (NNS); "it" a singular one (NN).
func thingAntecedent(st *sentence, covered func(int) bool, extra []actors.Mention, i int, plural bool) bool {
	toks := st.toks
	if i < 4 {
		return false
	}
	switch toks[i-1].Lower {
	case "as", "when", "while", "because", "after", "before", "since", "until", "once", "although", "though":
	default:
		return false
	}
	for k := i - 2; k >= 1 && k >= i-16; k-- {
		t := toks[k]
		if t.Text == ";" || isQuote(t.Text) || t.Text == ":" || t.Text == "," && k != i-2 {
			return false
		}
		if t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBP" {
			continue
		}
		if covered(k) || t.Lemma == "be" && !(k+1 < i && (toks[k+1].Tag == "VBN" || toks[k+1].Tag == "VBG")) {
			return false // ("The theme is likely to be its focus, as it retreats": a copula's subject is no agent to go on)
		}
		// the finite verb's subject: the noun right before it (past
		// adverbs and auxiliaries), headed by a determiner
		j := k - 1
		for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j])) {
			j--
		}
		if j < 1 || covered(j) || timeWord(toks[j].Lower) || describes(toks[j].Lower) != "" || mentionAt(extra, j) != nil {
			return false // ("the group had been persecuted since it overran": the group named before)
		}
		if want := "NN"; plural && toks[j].Tag != "NNS" || !plural && toks[j].Tag != want {
			return false
		}
		for d := j - 1; d >= 0 && d >= j-4; d-- {
			switch toks[d].Lower {
			case "the", "a", "an", "this": // (not "its": "Its involvement grew when it sent troops" is the owner)
				return d == 0 || toks[d-1].Tag != "IN" || toks[d-1].Lower == "that"
			}
			if covered(d) || !(toks[d].Tag == "JJ" || toks[d].Tag == "NN" || toks[d].Tag == "NNP" || toks[d].Tag == "VBN" || toks[d].Tag == "HYPH" || toks[d].Tag == "CD") {
				return false
			}
		}
		return false
	}
	return false
}

// timeWord lists the nouns that end a time phrase ("earlier this month"),
// never a clause's subject.
func timeWord(w string) bool {
	switch w {
	case "day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "time", "hour", "decade", "century":
		return true
	}
	return false
}

// newsMedium reports a news organisation (a MED code): one that is told
// things, never the one a later "it" or "they" means ("the firm told
// Reuters that it would appeal").
func newsMedium(m actors.Mention) bool {
	return strings.HasSuffix(m.Code, "MED") || hasSector(m, "MED")
}

// toldMedium reports a news medium as the object of a verb ("Amazon told
// Reuters", "informed the BBC"): the one told, not what a later pronoun
// means.
func toldMedium(toks []dyad.Token, m actors.Mention) bool {
	if !newsMedium(m) {
		return false
	}
	b := m.Start - 1
	if b >= 0 && toks[b].Lower == "the" {
		b--
	}
	return b >= 0 && (strings.HasPrefix(toks[b].Tag, "VB") || strings.HasSuffix(toks[b].Lower, "ed") && toks[b].Tag != "NNP")
}

// personNounBefore reports an unnamed person named by a common noun
// earlier in the sentence ("the gunman", "a driver"), whom a later "he"
// or "she" means rather than the last named person of the story:
// "Police shot dead the gunman after he opened fire".
func personNounBefore(toks []dyad.Token, covered func(int) bool, i int) bool {
	for k := 1; k < i; k++ {
		if covered(k) || toks[k].Tag != "NN" {
			continue
		}
		if !personNoun(toks[k].Lower) {
			continue
		}
		if d := toks[k-1].Lower; d == "the" || d == "a" || d == "an" || toks[k-1].Tag == "JJ" {
			return true
		}
	}
	return false
}

// personNoun lists the common nouns that name one unnamed person.
func personNoun(w string) bool {
	switch w {
	case "man", "woman", "boy", "girl", "gunman", "attacker", "assailant", "shooter", "bomber", "driver", "suspect", "teenager", "passenger", "pilot", "victim", "witness", "killer", "hijacker":
		return true
	}
	return false
}

// personNounMention returns the last actor mention before i that names
// one unnamed person by a common noun ("the gunman", "a Palestinian
// attacker"), whom a later "he" or "she" in the sentence means; nil when
// there is none.
func personNounMention(toks []dyad.Token, ms []actors.Mention, i int) *actors.Mention {
	for j := len(ms) - 1; j >= 0; j-- {
		if m := &ms[j]; m.Start < i && m.End <= i && m.End > m.Start && !m.Plural && !m.Modifier && personNoun(toks[m.End-1].Lower) {
			return m
		}
	}
	return nil
}
