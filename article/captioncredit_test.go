package article

import "testing"

// TestCaptionCredit: a paragraph ended by a wire photo credit after a
// full stop is a caption; a poll named with a slash, a credit with no
// full stop before it, a label and story text naming an agency are not.
func TestCaptionCredit(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"Protesters clash with police in Seoul, South Korea, July 4, 2017. REUTERS/Jane Roe", true},
		{"Police detain protesters in Seoul on July 2, 2017. REUTERS/Jane Roe-Smith/File Photo", true},
		{"A man watches a news report in Tokyo, Japan, August 29, 2017. REUTERS/John Doe TPX IMAGES OF THE DAY", true},
		{"Soldiers patrol a street in Gao, Mali. AFP/Jean de la Roche", true},
		{"Mourners gather outside the mosque in Mosul. REUTERS/Ahmed al-Rawi/Pool", true},
		{"Rescuers search the rubble in Gaziantep on Monday. (AFP Photo/Jane Roe, File)", true},
		// not captions
		{"AFP: Police arrested two men on Monday, the agency said.", false},
		{"AP:Associated Press North Korean soldiers fire a missile on Saturday", false},
		{"The president's approval fell to 38 percent, according to Reuters/Ipsos", false},
		{"Approval fell to 38 percent. REUTERS/Ipsos polling showed a further fall", false},
		{"Shoppers look for discounts on Oxford Street AFP/Getty Images", false},
		{"Reuters reported the talks had stalled. REUTERS said more.", false},
		{"Police arrested two protesters in Seoul on Monday.", false},
	} {
		if got := CaptionCredit(c.p); got != c.want {
			t.Errorf("CaptionCredit(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}
