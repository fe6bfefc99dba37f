package events

// Readings of conflictual wire lines that name no threat or attack. The
// "conflictual wire constructions" lines of data/verbs.txt read a few
// phrasings as acts of force; their words also tell acts of another kind,
// which the pattern syntax cannot tell apart, so this screen sets them
// aside after the match:
//
//   - an operation begun whose purpose is no strike: "The Pakistani army
//     began a major operation to rescue flood victims" (a rescue,
//     evacuation, delivery or search is no attack, 190);
//   - sanctions relief, easing, waivers or exemptions promised, announced
//     or imposed: "promised further sanctions relief to Syria" is no
//     threat of sanctions (1312) nor sanctions (163);
//   - countermeasures already taken: "China has taken countermeasures
//     against Lithuania" tells an act, not the threat (130) that "would
//     take countermeasures" is; the act itself, when named ("recalling
//     its ambassador"), is coded by its own line;
//   - weapons seized or captured from another and put on show: "Police
//     unveiled weapons seized from a drug gang" is no show of force (150).

import "github.com/dyad-events/dyad"

// screenReadings sets aside a sentence's live hits that read one of the
// words above as an act of force (nonStrikeOperation, sanctionsRelief,
// countermeasuresTaken, capturedWeaponsShown; and an appeal that only
// pleases a public, falseevents_attraction.go attractsAudience). Called once per sentence
// with the other screens, after combine.
func (c *Coder) screenReadings(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		if !live[k] || h.code == "" || h.p.has(flagSpeech) {
			continue
		}
		if st.words.nonStrikeOperation(st.toks, h) || st.words.sanctionsRelief(st.toks, h) || countermeasuresTaken(st.toks, h) || st.words.capturedWeaponsShown(st.toks, h) ||
			st.words.attractsAudience(st.toks, h) {
			live[k] = false
		}
	}
}

// nonStrikeOperation reports a hit of 190 from "began/started a … operation"
// (or offensive) whose purpose infinitive, within the clause after the
// noun, is a verb of relief (reliefPurposes): "began a major operation
// to rescue flood victims in Sindh", "started a major operation on Monday
// to evacuate residents". "began a major operation in Jenin" stays.
func (v *vocab) nonStrikeOperation(toks []dyad.Token, h *verbHit) bool {
	if h.p.Code != "190" || h.end > len(toks) {
		return false
	}
	switch toks[h.head].Lemma {
	case "begin", "start", "launch":
	default:
		return false
	}
	noun := toks[h.end-1].Lower
	if noun != "operation" && noun != "operations" && noun != "offensive" {
		return false
	}
	for j := h.end; j+1 < len(toks) && j < h.end+8; j++ {
		if isClauseBreak(toks, j) {
			return false
		}
		if toks[j].Lower == "to" && v.reliefPurposes[toks[j+1].Lemma] {
			return true
		}
	}
	return false
}

// sanctionsRelief reports a hit of sanctions imposed or threatened (163,
// 1312) whose matched "sanctions" (or "embargo") is the modifier of a word
// of easing: "promised further sanctions relief", "pledged swift
// sanctions relief", "announced sanctions exemptions".
func (v *vocab) sanctionsRelief(toks []dyad.Token, h *verbHit) bool {
	if (h.p.Code != "1312" && h.p.Code != "163") || h.end >= len(toks) {
		return false
	}
	last := toks[h.end-1].Lower
	return (last == "sanctions" || last == "sanction" || last == "embargo") && v.reliefWords[toks[h.end].Lower]
}

// countermeasuresTaken reports a hit of "take countermeasures" (130) whose
// verb is a finite past, present or perfect form, or a gerund: the
// countermeasures are taken, not threatened ("has taken countermeasures
// against Lithuania", "took countermeasures on Friday"). A base form
// ("would take", "will take", "vowed to take") stays the threat.
func countermeasuresTaken(toks []dyad.Token, h *verbHit) bool {
	if h.p.Code != "130" || toks[h.head].Lemma != "take" {
		return false
	}
	switch toks[h.head].Tag {
	case "VBD", "VBN", "VBZ", "VBG":
		return true
	}
	return false
}

// capturedWeaponsShown reports a hit of "unveil weapons" (150) whose
// weapons are seized or captured ones (capturedWords right before or right
// after the noun): a display of spoils, no show of force.
func (v *vocab) capturedWeaponsShown(toks []dyad.Token, h *verbHit) bool {
	if h.p.Code != "150" || toks[h.head].Lemma != "unveil" {
		return false
	}
	for j := h.head + 1; j < h.end; j++ {
		if v.capturedWords[toks[j].Lower] {
			return true
		}
	}
	return h.end < len(toks) && v.capturedWords[toks[h.end].Lower]
}

// signedAlone reports a hit of "sign a document" (057, mutual) that names
// no co-signer: neither "signed a document with X" (the "with" right
// after the noun) nor a coordinated subject ("X and Y signed a document",
// an "and" before the verb in its clause). "Abbas signed a document
// suspending security coordination with Israel" is one side's act, told
// (if at all) by the document's own verb ("recognising the independence
// of …", 054), which the dropped hit then no longer absorbs.
func signedAlone(toks []dyad.Token, h *verbHit) bool {
	if h.p.Code != "057" || toks[h.head].Lemma != "sign" || h.end > len(toks) {
		return false
	}
	if last := toks[h.end-1].Lower; last != "document" && last != "documents" {
		return false
	}
	if h.end < len(toks) && toks[h.end].Lower == "with" {
		return false
	}
	for j := h.head - 1; j >= 0; j-- {
		switch toks[j].Lower {
		case "and", "&":
			return false
		case ",", ";", ":":
			return true
		}
	}
	return true
}
