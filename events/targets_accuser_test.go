package events_test

import "testing"

// TestDeniedAccuserTargets codes targets_accuser.go: a denial that names
// no target answers the accuser the sentence names elsewhere, an
// accusation aimed at the denier's state ("after Poland accused Minsk",
// "a report by Amnesty International accusing its soldiers"), a statement
// by another state in a following "after" clause, or the one the denier
// accuses in turn; an accuser of the denier's own state, a statement that
// only reports the denial and a denial with no accuser named keep none.
// An accusation in a comma-set "after" clause is the accuser's own act,
// asserted, not part of what is denied.
func TestDeniedAccuserTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// an accusation in a following "after" clause
		{"Belarus denied that its guards had pushed migrants across the frontier, after Poland accused Minsk of staging the crisis.",
			[]string{"BLR 016 POL asserted", "POL 112 BLR asserted"}},
		{"Iran's foreign ministry rejected the accusations on Sunday, after Britain accused Tehran of plotting attacks on dissidents.",
			[]string{"IRNGOV 016 GBR asserted", "GBR 112 IRN asserted"}},
		// an accusing report whose author is named with "by"
		{"Nigeria's army dismissed a report by Amnesty International accusing its soldiers of killing civilians in Borno.",
			[]string{"NGAMIL 016 NGOHRIAMN asserted", "NGOHRIAMN 112 NGAMIL asserted", "NGAMIL 190 NGACVL alleged"}},
		// a statement by another state after the denial
		{"Pakistan denied on Monday that it had sheltered the gunmen, after India's foreign minister said the attackers had trained in Punjab.",
			[]string{"PAK 016 INDGOV asserted"}},
		{"Serbia denied that its police had entered the north, after Kosovo's prime minister said armed officers crossed the border.",
			[]string{"SRB 016 KSVGOV asserted"}},
		{"China denied the report after the Pentagon said Chinese hackers had broken into networks.",
			[]string{"CHN 016 USAGOV asserted", "CHNCRM 176 - denied"}},
		// the denier's counter-accusation
		{"Moscow rejected the claims as \"absurd\" and accused Germany of waging a smear campaign.",
			[]string{"RUS 016 DEU asserted", "RUS 112 DEU asserted"}},
		{"Venezuela denied the charges and accused Colombia of harbouring paramilitaries.",
			[]string{"VEN 016 COL asserted", "VEN 112 COL asserted"}},
		// no accuser: the reporter of the denial, the denier's own state,
		// the denier's own media, no one named
		{"Iran denied involvement in the attack, U.S. officials said.",
			[]string{"IRN 016 - asserted"}},
		{"Hungary denied the claims after Hungarian opposition leaders accused the government of spying.",
			[]string{"HUN 016 - asserted", "HUNOPP 112 HUNGOV denied"}},
		{"China denied the report after Chinese state media said hackers had broken into networks.",
			[]string{"CHN 016 - asserted", "CHN 176 - denied"}}, // unnamed hackers are nobody's: the act denied is the denier's (coref.go)
		{"Russia's defence ministry denied on Sunday that its jets had violated Estonian airspace.",
			[]string{"RUSGOV 016 - asserted", "RUSMIL 150 EST denied"}},
	}, false)
}

// TestRestatedClaimDenialTargets codes the coordinated denial of a
// restated claim (reactions.go coordinateReaction): "…, and Beijing
// dismissed the claims" answers the subject of the first clause when no
// reporter of another state is told apart, unless that subject is the
// denier's own side.
func TestRestatedClaimDenialTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Britain charged three men on Monday with spying for Hong Kong, and Beijing dismissed the claims as slander.",
			[]string{"GBR 173 GBRCVL asserted", "CHN 016 GBR asserted"}},
		{"Germany expelled two Russian diplomats on Tuesday, and Moscow rejected the accusations as baseless.",
			[]string{"DEU 161 RUSGOV asserted", "RUS 016 DEU asserted"}},
		{"Lithuania arrested a Belarusian man on suspicion of spying, and Minsk dismissed the allegations.",
			[]string{"LTU 173 BLRCVL asserted", "BLR 016 LTU asserted"}},
		// the first clause's subject is the denier's own side
		{"Russian forces shelled Kharkiv overnight, and Moscow rejected the claims.",
			[]string{"RUSMIL 194 UKR asserted", "RUS 016 - asserted"}},
	}, false)
}

// TestAccusingThenParticiple checks, on sentences written for this test,
// that a participle joined by "and" after a participial accusation's noun
// charge ("accusing him of a grave misjudgement and urging …") is the
// accuser's own act, not part of the charge, while gerunds of the charge
// ("of shelling the plant and killing civilians") stay alleged.
func TestAccusingThenParticiple(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-05-01", []coverageCase{
		{"Labour leader Keir Starmer wrote to Mr Sunak on Monday accusing him of a grave misjudgement and urging him to say sorry for the comment and retract it.",
			[]string{"GBROPP 112 GBRGOV asserted"}},
		{"Ukraine issued a statement on Sunday accusing Russia of a deliberate provocation and urging the UN to condemn it.",
			[]string{"UKR 112 RUS asserted", "UKR 020 IGOUNO asserted"}},
		{"Ukraine accused Russia of shelling the plant and killing civilians on Sunday.",
			[]string{"UKR 112 RUS asserted", "RUS 194 UKR alleged", "RUS 190 UKRCVL alleged"}},
	})
}
