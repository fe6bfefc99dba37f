package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/events"
)

// TestPhrasing2 codes sentences written by the dyad team for the "wire
// phrasing pass 2" section of events/data/verbs.txt: a conversation
// between two actors ("spoke with", "chatted with"), which must stay
// silent for "spoke during a meeting with", "spoke to reporters" and media
// interviews; "exchanged views with"; claims of responsibility ("claimed
// the bombing", not "claimed the bombing was staged"); rejected overtures (125, and the
// overture 036); and searches of premises by prosecutors and police (091),
// which must stay silent for military raids. Each want lists every event
// of the sentence as "SOURCE CAMEO TARGET status date", in any order.
func TestPhrasing2(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 04 consult: "+{with,to}" must follow the verb at once
		{"French President Emmanuel Macron spoke with Chinese President Xi Jinping on Tuesday.",
			[]string{"FRAGOV 040 CHNGOV asserted 2024-07-09", "CHNGOV 040 FRAGOV asserted 2024-07-09"}},
		{"Japanese Prime Minister Fumio Kishida spoke separately with South Korean President Yoon Suk Yeol on Friday.",
			[]string{"JPNGOV 040 KORGOV asserted 2024-07-12", "KORGOV 040 JPNGOV asserted 2024-07-12"}},
		{"Indian Prime Minister Narendra Modi spoke to Ukrainian President Volodymyr Zelensky on Monday.",
			[]string{"INDGOV 040 UKRGOV asserted 2024-07-08", "UKRGOV 040 INDGOV asserted 2024-07-08"}},
		{"Kenyan President William Ruto talked to Ethiopian Prime Minister Abiy Ahmed on Sunday.",
			[]string{"KENGOV 040 ETHGOV asserted 2024-07-07", "ETHGOV 040 KENGOV asserted 2024-07-07"}},
		{"French President Emmanuel Macron spoke with Chinese President Xi Jinping by phone on Tuesday.",
			[]string{"FRAGOV 041 CHNGOV asserted 2024-07-09", "CHNGOV 041 FRAGOV asserted 2024-07-09"}},
		{"The US president spoke during a meeting with the emir of Qatar on Wednesday.", nil},
		{"German Chancellor Olaf Scholz spoke to reporters in Berlin on Monday.", nil},
		{"Turkish President Recep Tayyip Erdogan spoke to the BBC on Monday.", nil},
		{"Israeli Prime Minister Benjamin Netanyahu spoke to CNN on Sunday.", nil},
		{"Chinese Foreign Minister Wang Yi exchanged views with his Russian counterpart Sergei Lavrov on Thursday.",
			[]string{"CHNGOV 040 RUSGOV asserted 2024-07-11", "RUSGOV 040 CHNGOV asserted 2024-07-11"}},
		{"Economists exchanged views with investors at the conference on Thursday.", nil},
		// 03/12 overtures are offers of dialogue: rejecting them is 125
		{"North Korea rejected South Korea's overtures on Thursday.",
			[]string{"PRK 125 KOR asserted 2024-07-11", "KOR 036 PRK future 2024-07-11"}},
		{"Kim Yo Jong rebuffed Seoul's overtures for dialogue on Thursday.",
			[]string{"PRKGOV 125 KOR asserted 2024-07-11", "KOR 036 PRK future 2024-07-11"}},
		// 01 claims of responsibility; a claim about a bombing is none
		{"The Pakistani Taliban claimed the bombing on Sunday.", []string{"PAKREB 015 - asserted 2024-07-07"}},
		{"Britain accepted responsibility for the strike on Monday.", []string{"GBR 015 - asserted 2024-07-08"}},
		{"Russia claimed the bombing was staged by Ukraine.", nil},
		{"Syrian officials claim they are investigating the bombing.", nil},
		// 09 a search of premises by prosecutors or police; not a military raid
		{"Brazil's Federal Police searched properties linked to former President Jair Bolsonaro on Thursday.",
			[]string{"BRACOP 091 BRA asserted 2024-07-11"}},
		{"Israeli troops raided the home of a Hamas commander in Jenin on Monday.", nil},
	}, true)
}

// TestParseAdjacent checks the "+" slot syntax: a slot may be marked, the
// head may not.
func TestParseAdjacent(t *testing.T) {
	ont, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := events.ParsePatterns(strings.NewReader("speak +{with,to} | 040 | mutual\n"), "ok.txt", ont); err != nil {
		t.Errorf("ok.txt: %v", err)
	}
	_, err = events.ParsePatterns(strings.NewReader("+speak with | 040\n"), "bad.txt", ont)
	if err == nil || !strings.HasPrefix(err.Error(), `bad.txt:1: malformed word "+speak"`) {
		t.Errorf("bad.txt: got %v", err)
	}
}

// TestParseClasses checks word classes: defined by a "$NAME = …" line,
// expanded in braces, and refused when undefined, malformed or bare.
func TestParseClasses(t *testing.T) {
	ont, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := events.ParsePatterns(strings.NewReader("$AID = aid, Assistance ,loans\nsend {$AID,food} | 073\n"), "ok.txt", ont)
	if err != nil || ps.Len() != 1 {
		t.Fatalf("ok.txt: %v, %d patterns", err, ps.Len())
	}
	for _, tt := range []struct{ in, want string }{
		{"send {$AID} | 073\n", `bad.txt:1: unknown word class $AID (define it on a line above: "$AID = …")`},
		{"$aid = aid\n", `bad.txt:1: want "$NAME = word, word, …" (NAME in capitals), got "$aid = aid"`},
		{"$AID = aid\n$AID = help\n", "bad.txt:2: word class $AID defined twice"},
		{"$AID = aid\nsend $AID | 073\n", "bad.txt:2: a word class is written in braces: {$AID}"},
		{"$AID = ,\n", "bad.txt:1: word class $AID has no words"},
	} {
		_, err := events.ParsePatterns(strings.NewReader(tt.in), "bad.txt", ont)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want %s", tt.in, err, tt.want)
		}
	}
}
