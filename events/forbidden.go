package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// Acts a sentence only forbids or argues against are no events: what a
// ban forbids ("resolutions ban North Korea from launching missiles"),
// what a warning or a vote is against ("Russia warned NATO against
// sending troops", "senators voted against sending troops"). The ban,
// the warning and the vote are coded from their own verbs; the act they
// name is neither told to have happened nor to have been stopped (the
// gold sets code "barred Afghan women from working for the UN" as the
// bar alone, AFGGOV 172 AFGCVL). An act a verb of preventing kept from
// happening ("the US presence has prevented Turkish troops from shelling
// Manbij") stays, negated: that tells it did not happen.

// forbiddenGerund reports a gerund at i after "from" whose governing
// verb, at most fourteen words back past its object, is one of
// forbidding: "UN Security Council resolutions ban the DPRK from
// launching a rocket", "has prohibited North Korea from carrying out
// nuclear tests", "a proposal to ban US companies from boycotting
// Israel". The nearest verb (tagged VB*) decides: another verb between
// ends the search ("banned the rally and police blocked protesters from
// marching" is a blocking, told negated). A forbidding word tagged as a
// noun never counts ("Travel bans kept Iranian diplomats from meeting US
// officials"); one with neither tag does (a form the tagger missed). A
// semicolon, "that" or "which" between ends the search too.
func (v *vocab) forbiddenGerund(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBG" && toks[i].Tag != "NN" || i < 2 || toks[i-1].Lower != "from" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-14; j-- {
		t := toks[j]
		if strings.HasPrefix(t.Tag, "VB") {
			return v.forbidders[t.Lemma] || v.forbiddenForms[t.Lower]
		}
		if v.forbiddenForms[t.Lower] && !strings.HasPrefix(t.Tag, "NN") {
			return true // a past form the tagger left untagged as a verb
		}
		if t.Text == ";" || t.Lower == "that" || t.Lower == "which" || t.Lower == "from" {
			return false
		}
	}
	return false
}

// opposedGerund reports a gerund at i right after "against" whose
// governing verb, at most eight words back past its object, is one of
// opposers: "warned Kurdish political activists in Turkey against
// staging protests", "Russia warned NATO against sending troops to
// Ukraine", "senators voted against sending troops". A comma, a
// semicolon or another verb between ends the search ("fought against
// Isis, shelling its positions" is no such gerund).
func (v *vocab) opposedGerund(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBG" || i < 2 || toks[i-1].Lower != "against" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-9; j-- {
		t := toks[j]
		if strings.HasPrefix(t.Tag, "VB") {
			return v.opposers[t.Lemma]
		}
		if t.Text == "," || t.Text == ";" || t.Text == ":" {
			return false
		}
	}
	return false
}
