package events_test

import "testing"

// TestMediumPlatform checks that a platform named as the medium of a post
// ("wrote on Twitter", "in a TikTok video", "posted on Facebook") does not
// make its owner's state a country of the story: the bare "authorities"
// of a Canadian story stay Canadian. A platform acted on keeps its owner.
func TestMediumPlatform(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"A stage collapsed during a concert at a lakeside park in Canada on Saturday. " +
			"One singer wrote on Twitter that the crowd had panicked. " +
			"The band said in a TikTok video that nobody was badly hurt. " +
			"The promoters posted on Facebook that refunds would follow. " +
			"Provincial authorities later detained the promoter.",
			[]string{"CANGOV 173 - asserted"}},
		{"Vietnam blocked Telegram on Tuesday.",
			[]string{"VNM 172 AREBUS asserted"}},
	}, false)
}
