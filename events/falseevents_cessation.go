package events

import "strings"

// An act named by a gerund after a verb of ceasing ("unless its leaders
// stopped meeting foreign diplomats", "told Washington to stop supplying
// long-range missiles to Kyiv", "Iran ceased supplying drones") is the
// act that ends, or is asked to end: the sentence tells no meeting and no
// supply. The open gold files code no such gerund (W50051, d7l039,
// d20064, W16036, W17080, W46031, dv0123 "threatened to stop paying",
// W10353 "suspended issuing short-term visas" codes the suspension
// alone); what the cessation is worth has its own patterns, which start
// at the verb of ceasing ("stopped shelling" 087, "demanded that X stop"
// 10x). Verbs that go on with an act ("resumed shelling", "kept firing")
// tell it, and stay. Violence asked to stop ("wants the Eritrean
// government to stop killing its own people") goes on as it is told, as
// ongoingViolence keeps it in a present relative clause, and so stays
// (TestInfinitiveOwner); a refusal to act ("refrained from striking
// Iran") is the act negated (CODING.md, Negation), not a cessation.

// ceasedGerund reports a hit h whose head is a gerund (the tagger may
// call it a noun) right after a verb of [cessation verbs] (words.txt),
// adverbs between ("stopped altogether supplying"), or after such a
// verb and "from" ("desisted from supplying"), unless the hit is
// material conflict (roots 18–20). A pattern that starts at the verb of
// ceasing has that verb as its head, and is the cessation itself.
func ceasedGerund(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if i < 1 || materialConflict(h.code) || !strings.HasSuffix(toks[i].Lower, "ing") || toks[i].Tag != "VBG" && toks[i].Tag != "NN" {
		return false
	}
	k := i - 1
	if toks[k].Lower == "from" {
		k--
	}
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	return k >= 0 && strings.HasPrefix(toks[k].Tag, "VB") && st.words.cessationVerbs[toks[k].Lemma]
}
