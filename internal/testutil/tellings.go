package testutil

import (
	"fmt"

	"github.com/dyad-events/dyad"
)

// The sentences of TellingArticle, written for the tests.
const (
	TellingTitle = "Japan protests to Chinese envoy over ships near Senkakus"
	TellingLead  = "TOKYO, March 4 - Japan's foreign ministry on Monday lodged a formal protest with China after four coast guard ships entered waters near the Senkaku Islands."
	TellingAgain = "Japan's foreign ministry lodged the protest with China through diplomatic channels, Kyodo news agency reported."
	TellingReply = "A Chinese foreign ministry spokesman rejected the protest and said the islands were Chinese territory."
)

// TellingArticle returns an article published at url by source on
// 2024-03-04 and the events a coder gives it: the protest (JPNGOV 114 CHN,
// sentence 0, no reporter) told again in sentence 3 (reported by Kyodo,
// JPNMED) and in the title, its Also holding sentence 3 twice (by two
// verbs, "lodged" and "protest", each with Kyodo as its reporter) and the
// title;
// and China's rejection (CHNGOV 120 JPNGOV, sentence 2, the target
// implied: text "", span [0, 0]) told once. Event ids are
// "ARTICLE-SENTENCE-CAMEO".
func TellingArticle(url, source string) (*dyad.Article, []dyad.Event) {
	a := &dyad.Article{ID: dyad.ArticleID(url, ""), URL: url, Source: source, Title: TellingTitle,
		Published: "2024-03-04", PublishedFrom: "meta", Language: "en", Input: url,
		Body: []string{TellingLead, "The ships left the area after about six hours, the Japanese coast guard said.", TellingReply, TellingAgain}}
	tokyo := &dyad.Location{Name: "Tokyo", Country: "JPN", Lat: 35.6895, Lon: 139.6917, Kind: "capital"}
	protest := dyad.Event{ID: fmt.Sprintf("%s-0-114", a.ID), ArticleID: a.ID, Sentence: 0,
		Date: "2024-03-04", DatePrecision: dyad.Day, DateFrom: "text",
		Source: &dyad.Actor{Code: "JPNGOV", Country: "JPN", Sectors: []string{"GOV"}, Name: "Japan", Text: "Japan's foreign ministry", Span: [2]int{17, 41}},
		Target: &dyad.Actor{Code: "CHN", Country: "CHN", Sectors: []string{}, Name: "China", Text: "China", Span: [2]int{81, 86}},
		CAMEO:  "114", CAMEORoot: "11", QuadClass: 3, Goldstein: -2, Plover: dyad.Plover{Event: "ACCUSE", Mode: "disapprove"},
		Status: dyad.Asserted, Location: tokyo, Confidence: 0.82,
		Evidence: dyad.Evidence{Text: TellingLead, Verb: "lodged", Span: [2]int{52, 58}},
		Also: []dyad.Mention{
			{Sentence: 3, Evidence: dyad.Evidence{Text: TellingAgain, Verb: "lodged", Span: [2]int{25, 31}}, ReportedBy: kyodo()},
			{Sentence: -1, Evidence: dyad.Evidence{Text: TellingTitle, Verb: "protests", Span: [2]int{6, 14}}},
			{Sentence: 3, Evidence: dyad.Evidence{Text: TellingAgain, Verb: "protest", Span: [2]int{36, 43}}, ReportedBy: kyodo()},
		}}
	reply := dyad.Event{ID: fmt.Sprintf("%s-2-120", a.ID), ArticleID: a.ID, Sentence: 2,
		Date: "2024-03-04", DatePrecision: dyad.Day, DateFrom: "published",
		Source: &dyad.Actor{Code: "CHNGOV", Country: "CHN", Sectors: []string{"GOV"}, Name: "China", Text: "Chinese foreign ministry spokesman", Span: [2]int{2, 36}},
		Target: &dyad.Actor{Code: "JPNGOV", Country: "JPN", Sectors: []string{"GOV"}, Name: "Japan", Text: "", Span: [2]int{0, 0}},
		CAMEO:  "120", CAMEORoot: "12", QuadClass: 3, Goldstein: -4, Plover: dyad.Plover{Event: "REJECT", Mode: ""},
		Status: dyad.Asserted, Confidence: 0.7,
		Evidence: dyad.Evidence{Text: TellingReply, Verb: "rejected", Span: [2]int{37, 45}}}
	return a, []dyad.Event{protest, reply}
}

// kyodo is the reporter of TellingAgain, spanning its words there.
func kyodo() *dyad.Actor {
	return &dyad.Actor{Code: "JPNMED", Country: "JPN", Sectors: []string{"MED"}, Name: "Kyodo", Text: "Kyodo news agency", Span: [2]int{84, 101}}
}
