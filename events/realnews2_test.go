package events_test

import "testing"

// TestRealNews2 codes team-written sentences shaped like events a
// fresh-user tester found wrong in real news. Each case is a short article
// (paragraphs in order) published on 2024-07-13 (a Saturday); want lists
// every event of the last paragraph as eventLine(e, true), in any order.
func TestRealNews2(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 1: a state's envoy to the UN is the state's; "he" after the
		// envoy's named apposition and "said" is the envoy; not ruling
		// out a possibility is no event
		{[]string{"Joe Biden lost the appeal on Monday.", "France's UN ambassador, Nicolas de Riviere, said he did not rule out the possibility of German-French conflict."},
			nil},
		{[]string{"Joe Biden lost the appeal on Monday.", "France's UN ambassador, Nicolas de Riviere, said he would visit Berlin next week."},
			[]string{"FRAGOV 036 DEU future 2024-07-13"}},
		// 2: the person named in apposition decides "its" minister's
		// country (a real spelling variant of a known name)
		{[]string{"Senior officials in London said Britain would keep its two military bases in Cyprus.", "Its foreign minister, Nicos Christodoulides, echoing growing fears in the region, welcomed the talks with Turkey."},
			[]string{"CYPGOV 013 TUR asserted 2024-07-13"}},
		// ... and "its" after a plural subject ("officials") is the state
		// last named as a subject, not the officials' country
		{[]string{"Keir Starmer and Britain's defence secretary spoke on Thursday.", "Our correspondent John Smith reports that senior government officials have been at pains to stress that Portugal has no part in the conflict being played out in Syria.", "Its foreign minister, Pedro Xavier, echoing mounting concerns over the impact on the country of possible strikes, welcomed the talks with Turkey."},
			[]string{"PRTGOV 019 - asserted 2024-07-13"}},
		// 3, 4: a bare cabinet or council is the government last named
		// with one, else nobody; never the topic country named last; a
		// body convening is no meeting with anyone
		{[]string{"Keir Starmer summoned an emergency cabinet meeting.", "Iran is at the centre of the crisis.", "The Cabinet agreed on the need to take action."},
			[]string{"GBRGOV 019 - asserted 2024-07-13"}},
		{[]string{"Britain's prime minister will meet Iran's foreign minister on Monday, the British government said.", "Iran is at the centre of the crisis.", "Cabinet agreed on the need to take action."},
			nil},
		{[]string{"Britain's prime minister will meet Iran's foreign minister on Monday, the British government said.", "Iran is at the centre of the crisis.", "Starmer will chair a meeting where the national security council will be meeting."},
			nil},
		// 5: rockets fired against targets are a strike, dated last year
		{[]string{"Last year, the Israeli army fired a few rockets against militant targets in Rafah."},
			[]string{"ISRMIL 194 PSEREB asserted 2023"}},
		// 6: summoning one's own cabinet complains to nobody; an envoy stays 114
		{[]string{"Keir Starmer has summoned an emergency cabinet meeting to discuss possible military options against Iran."},
			nil},
		{[]string{"Britain summoned Russia's ambassador on Monday over the poisoning."},
			[]string{"GBR 114 RUSGOV asserted 2024-07-08"}},
		// 7: an alleged attack set in a place is aimed at the place's
		// country, not at the accuser; a truce violated stays the accuser's
		{[]string{"MI5, the UK's security service, has accused Iran of being reckless in mounting a poison attack in Leeds."},
			[]string{"GBRSPY 112 IRN asserted 2024-07-13", "IRN 190 GBR alleged 2024-07-13"}},
		{[]string{"Hamas accused Israel of violating the truce in Gaza on Friday."},
			[]string{"PSEREB 112 ISR asserted 2024-07-13", "ISR 196 PSEREB alleged 2024-07-12"}},
		// 8: a complement clause after "denied" is what is denied, not the
		// words naming the accuser; "denied the accusation" still is
		{[]string{"Britain accused Iran of poisoning a defector in Leeds.", "Iran's army has already denied that blood samples taken by British scientists showed poison."},
			[]string{"IRNMIL 016 - asserted 2024-07-13"}},
		{[]string{"Britain accused Iran of poisoning a defector in Leeds.", "Iran's army has already denied the accusation."},
			[]string{"IRNMIL 016 GBR asserted 2024-07-13"}},
		// 9: a war is no agent, nor its country adjective
		{[]string{"More people have been killed by the Yemeni civil war than by any famine."},
			nil},
		// 10: "without consulting" says it did not happen
		{[]string{"The prime minister was criticised for military action against Iran's ally Yemen without consulting parliament."},
			nil},
		// 11: a company's departments are no government
		{[]string{"Joe Biden lost the appeal on Monday.", "Google employees received an email from Human Resources officials warning them about leaks."},
			nil},
		// 12: recognising a clause is cognition; recognising a state is 054
		{[]string{"Joe Biden lost the appeal on Monday.", "He also seemed to recognise the judge was likely to rule against him."},
			nil},
		{[]string{"Spain and Ireland recognised a Palestinian state on Tuesday."},
			[]string{"ESP 054 PSE asserted 2024-07-09", "IRL 054 PSE asserted 2024-07-09"}},
	})
}
