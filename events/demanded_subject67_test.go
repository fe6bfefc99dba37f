package events_test

import "testing"

// TestDemandedSubject67: the subject of a demand's that-clause is its
// target also when the tagger reads the clause's bare verb and particle as
// nouns ("that the new prime minister step aside": leavingParticle,
// actors/phrase.go) and when a title of a body opens it ("that the head of
// the election commission step down": titledBodyAfter,
// demanded_title_of.go); a title with no body after it, or a body with no
// country, gives no target. Broadcasters named by their medium are media,
// a crime syndicate criminals, hedge funds business (actors/data/agents.txt).
// Invented sentences, and dev sentences (W52003, W50050, W51049, W51018).
func TestDemandedSubject67(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Haiti's main opposition parties demanded on Tuesday that the new prime minister step aside to make way for a consensus candidate.", []string{"HTIOPP 100 HTIGOV asserted"}},
		{"Nepal's Maoists demanded on Friday that the new prime minister step down within a week.", []string{"NPLREB 100 NPLGOV asserted"}},
		{"Liberia's opposition candidate demanded on Tuesday that the head of the election commission step down before the presidential run-off.", []string{"LBROPP 100 LBRGOV asserted"}},
		// no body after the title: no target
		{"Kenya's opposition demanded on Monday that the head of state resign.", []string{"KENOPP 100 - asserted"}},
		// (the raid is told by the confiscation, one act: raid_told74_test.go)
		{"Israeli troops raided a Palestinian radio station in Hebron on Tuesday and confiscated its transmitters.", []string{"ISRMIL 1711 PSEMED asserted"}},
		{"Italian police arrested 35 suspected members of the 'Ndrangheta crime syndicate in dawn raids across Calabria on Tuesday.", []string{"ITACOP 173 ITACRM asserted"}},
		{"Argentina agreed on Monday to pay 4.65 billion dollars to a group of U.S. hedge funds holding defaulted bonds.", []string{"ARG 030 USABUS future"}},
	}, false)
}
