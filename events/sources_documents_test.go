package events_test

import "testing"

// TestDocumentAuthor: an accusing, criticising or urging participle right
// after "a <author> report/resolution" is the author's act, aimed (by
// "it"/"its") at whoever answered the document; a vetoed resolution asks
// nothing. Invented sentences.
func TestDocumentAuthor(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Myanmar's junta rejected on Friday a UN report accusing it of burning villages in Sagaing.", []string{
			"MMRGOV 016 IGOUNO asserted", "IGOUNO 112 MMRGOV asserted", "MMRGOV 1712 MMRCVL alleged"}},
		{"Belarus dismissed on Monday a European Union report criticising its treatment of jailed journalists.", []string{
			"BLR 120 IGOEUREEC asserted", "IGOEUREEC 111 BLR asserted"}},
		{"Iran rejected on Tuesday an IAEA resolution urging it to grant inspectors access to two sites.", []string{
			"IRN 120 IGOUNOIAE asserted", "IGOUNOIAE 0255 IRN asserted"}},
		{"Russia vetoed a Security Council resolution condemning the coup in Niger on Wednesday.", []string{"RUS 129 IGOUNO asserted"}},
	}, false)
}
