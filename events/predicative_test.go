package events_test

import "testing"

// TestPredicateAdjectives codes sentences whose event head is an
// adjective after "be" ("is ready to", "was not willing to", "are due
// to", "is open to"), which the tagger reads as JJ: the coder takes it as
// a verb head (sentences.PredicativeAdjective), as the control verb whose
// subject the infinitive shares ("Putin and Erdogan, who …, are due to
// meet") and as the verb whose negation the infinitive inherits. Each
// sentence is published on 2024-07-13; each want lists every event as
// "SOURCE CAMEO TARGET status date", in any order.
func TestPredicateAdjectives(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran is ready to negotiate with the United States, its foreign minister said on Monday.",
			[]string{"IRN 036 USA future 2024-07-08"}},
		{"Russia was not willing to talk to Ukraine, the Kremlin said on Friday.",
			[]string{"RUS 036 UKR negated 2024-07-12", "UKR 036 RUS negated 2024-07-12"}},
		{"North Korea said it is not ready to resume talks with the United States.",
			[]string{"PRK 036 USA negated 2024-07-13", "USA 036 PRK negated 2024-07-13"}},
		{"Blinken is due to visit Cairo on Tuesday.",
			[]string{"USAGOV 036 EGY future 2024-07-13"}},
		{"China said on Monday it was open to talks with Japan.",
			[]string{"CHN 036 JPN future 2024-07-08"}},
		{"Vladimir Putin and Recep Tayyip Erdogan, who have backed opposite sides in Syria, are due to meet in Tehran.",
			[]string{"RUSGOV 036 TURGOV future 2024-07-13", "TURGOV 036 RUSGOV future 2024-07-13"}},
		{"Japan is still willing to meet North Korea, Kishida said on Friday.",
			[]string{"JPN 036 PRK future 2024-07-12"}},
		{"The border crossing with Egypt is open, Israel said on Monday.",
			nil},
	}, true)
}

// TestNewSanctions codes sentences with "sanctions" after "new",
// "further" or "tougher", a plural noun to the tagger: a rejection of
// sanctions on a state does not target that state (sanctionObject,
// targets_oblique.go, with the adjective the tagger reads NN), sanctions from a
// state rejected target it, and a call for sanctions keeps its date and
// the sanctioned state as for bare "sanctions".
func TestNewSanctions(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hungary balked at new sanctions on Russia.",
			[]string{"HUN 120 - asserted 2024-07-13"}},
		{"Venezuela shrugged off the new sanctions from the United States.",
			[]string{"VEN 120 USA asserted 2024-07-13"}},
		{"Japan called for new sanctions on North Korea on Monday.",
			[]string{"JPN 020 PRK asserted 2024-07-08"}},
		{"Japan called for sanctions on North Korea on Monday.",
			[]string{"JPN 020 PRK asserted 2024-07-08"}},
		{"The EU imposed new sanctions on Russia on Monday.",
			[]string{"IGOEUREEC 163 RUS asserted 2024-07-08"}},
	}, true)
}

// TestRepelledAttack codes an attack repelled, its attacker named by a
// demonym before the attack noun (a noun to the tagger): the attacker is
// the target (repelledAttack, roles.go), as a name before it is.
func TestRepelledAttack(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia said its forces had repelled a Ukrainian attack.",
			[]string{"RUSMIL 190 UKR asserted 2024-07-13"}},
		{"Ukrainian forces repelled a Russian assault near Pokrovsk.",
			[]string{"UKRMIL 190 RUS asserted 2024-07-13"}},
		{"Israeli troops repelled a Hezbollah attack on Monday.",
			[]string{"ISRMIL 190 LBNREB asserted 2024-07-08"}},
	}, true)
}

// TestRejectedProposal codes a rejected offer or demand named by its
// proposer before the noun: the proposer is the rejection's target
// (rejectedProposal, roles.go), and the act demanded is not done
// (requestContent, scope.go).
func TestRejectedProposal(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Sudanese army rejected an African Union offer to mediate with the RSF, saying the bloc had no role to play.",
			[]string{"SDNMIL 125 IGOAFRAFU asserted 2024-07-13", "IGOAFRAFU 039 SDNMIL future 2024-07-13"}},
		{"Turkey rejected on Thursday a European Union demand to withdraw its survey ship from Greek waters.",
			[]string{"TUR 1246 IGOEUREEC asserted 2024-07-11", "IGOEUREEC 1056 TUR asserted 2024-07-13"}}, // the demand too (combine.go: rejectedRequest)
	}, true)
}
