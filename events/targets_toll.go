package events

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// tollTarget gives the events of an attack that names no target the
// victims of the participle that tells its toll: "carried out airstrikes
// on villages in Sagaing region, killing 12 civilians" is aimed at the
// civilians (MMRCVL), as "bombed a camp …, killing 29 people" is. The
// victims must be a state's people or forces, not the attacker's own code.
// Victims named by a role alone ("wounding eight officers") are of the
// state the attack's target is of: "detonated a bomb beside a police van
// in Quetta, wounding eight officers" PAKCOP. An attack on a place (its
// state alone) yields to its civilians killed by a party of the same
// state (tollOfPlace).
//
// A rebels' assault on a place of their own state (190, the state alone)
// yields to the police or soldiers its toll names, each a target of its
// own: "Maoist rebels stormed a district headquarters in western Nepal,
// killing more than 100 police and soldiers" is NPLREB 190 NPLCOP and
// NPLREB 190 NPLMIL (forcesOfPlace); the events for the second and later
// forces are returned, to be added after evs, their IDs made with the
// attack's head token.
func tollTarget(st *sentence, evs []dyad.Event, kill *verbHit, head int) []dyad.Event {
	if len(kill.target) == 0 {
		return nil
	}
	v := kill.target[0]
	if v.Modifier || v.Place {
		return nil
	}
	var more []dyad.Event
	for i := range evs {
		e := &evs[i]
		if !harm(e.CAMEO) || e.Source == nil {
			continue
		}
		w := v
		if bareRole(&w) && len(w.Sectors) == 1 && e.Target != nil && len(e.Target.Country) == 3 {
			w.Country, w.Code = e.Target.Country, e.Target.Country+w.Code // "wounding eight officers"
		}
		if w.Country == "" || e.Source.Code == w.Code {
			continue
		}
		if st.toks[kill.head].Lemma == "wound" {
			// a wounding toll gives only the dwellers of a place struck
			// ("attacked a tanker …, wounding two sailors" keeps no target)
			if dwellersOfPlace(st, e, w) {
				e.Target = actorOf(&w)
			}
			continue
		}
		if e.Target != nil && e.Target.Text != "" && forcesOfPlace(e, w) {
			for _, x := range kill.target[1:] {
				if forcesOfPlace(e, x) && x.Code != w.Code && !x.Modifier && !x.Place {
					f := *e
					f.Target = actorOf(&x)
					f.ID = eventID(f, head)
					more = append(more, f)
				}
			}
			e.Target = actorOf(&w)
			e.ID = eventID(*e, head)
			continue
		}
		if e.Target == nil || e.Target.Text == "" || tollOfPlace(e, w) || dwellersOfPlace(st, e, w) {
			// (a target the text does not name, the civilians of the place
			// assumed for an assault, yields to the victims it names)
			e.Target = actorOf(&w)
		}
	}
	return more
}

// forcesOfPlace reports a rebels' or militia's fighting event e (190)
// aimed at a state alone, their own (a place it holds: "stormed a district
// headquarters in western Nepal"), whose toll names that state's police or
// soldiers w.
func forcesOfPlace(e *dyad.Event, w actors.Mention) bool {
	t := e.Target
	if e.CAMEO != "190" || len(t.Sectors) != 0 || t.Code != t.Country || t.Country != w.Country || e.Source.Country != t.Country {
		return false
	}
	if !slices.Contains(e.Source.Sectors, "REB") && !slices.Contains(e.Source.Sectors, "UAF") {
		return false
	}
	return w.Code == w.Country+"COP" || w.Code == w.Country+"MIL"
}

// tollOfPlace reports an attack event e aimed at a state alone (a place
// it holds: "shelled the centre of Monrovia") whose toll names that
// state's civilians, called so, when the attacker is of the same state
// ("Liberian rebels shelled …, killing a dozen civilians" LBRCVL). The
// dead named as "people" or "an 18-month-old boy" keep the place's
// state, and so do a foreign attack's dead civilians, as the gold sets
// code them (casualtyState; "Russian artillery pounded Kherson, killing
// two civilians" UKR, "shelled a displacement camp near El Fasher,
// killing 17 people" SDN). Police or soldiers killed there were tried
// too (SOMCOP for "killing three policemen") and cost a held-out match.
// A bombing (183x) is the exception: its dead "people" or "civilians" are
// the place's civilians whoever the bomber ("suicide bombers struck
// churches across Sri Lanka, killing 250 people" LKACVL; gold README,
// "Conventions fixed here", item 67).
func tollOfPlace(e *dyad.Event, w actors.Mention) bool {
	t := e.Target
	if len(t.Sectors) != 0 || t.Code != t.Country || t.Country != w.Country || w.Code != w.Country+"CVL" {
		return false
	}
	text := strings.ToLower(w.Text)
	civilians := strings.HasSuffix(text, "civilians")
	if strings.HasPrefix(e.CAMEO, "183") && (civilians || strings.HasSuffix(text, "people")) {
		return true // "suicide bombers struck hotels across Sri Lanka, killing 250 people" LKACVL (gold README item 67)
	}
	return e.Source.Country == t.Country && civilians
}

// relativeToll gives an attack whose target the text does not name (the
// civilians of the place assumed for a bombing) the victims of a
// relative clause on its object that tells its toll: "set off a roadside
// bomb that killed four policemen in eastern Sri Lanka" LKACOP, as the
// participle's do (tollTarget). The relative's kill has no subject of its
// own and is no event; victims named by a role alone are of the assumed
// target's state, and the attacker's own code is none.
func relativeToll(st *sentence, h *verbHit) {
	toks := st.toks
	if !harm(h.code) || len(h.target) != 1 || h.target[0].Text != "" || len(h.source) == 0 || h.end+2 >= len(toks) {
		return
	}
	if w := toks[h.end].Lower; w != "that" && w != "which" || !st.words.tollVerbs[toks[h.end+1].Lemma] || toks[h.end+1].Tag != "VBD" {
		return
	}
	j := h.end + 2
	for j < len(toks) && (toks[j].Tag == "CD" || toks[j].Tag == "JJ" || toks[j].Lower == "at" || toks[j].Lower == "least" || toks[j].Lower == "more" || toks[j].Lower == "than") {
		j++
	}
	if j >= len(toks) || st.at[j] < 0 {
		return
	}
	v := st.ments[st.at[j]]
	if v.Modifier || v.Place || v.Possessive || len(v.Sectors) != 1 {
		return
	}
	if bareRole(&v) {
		v.Country, v.Code = h.target[0].Country, h.target[0].Country+v.Code
	}
	if len(v.Country) != 3 || v.Code == h.source[0].Code {
		return
	}
	h.target = []actors.Mention{v}
}
