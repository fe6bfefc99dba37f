package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// mediumPlatform reports a mention of a social media platform (its
// dictionary name in platformNames) named as the medium something was
// said or shown on, not as a company that acts or is acted on: after
// "on", "via", "through" or "to" ("the organisers wrote on Facebook",
// "posted to Telegram"), or before a post, video, message or channel
// noun ("in a Telegram post", "a TikTok video"). Its owner's state is
// no country of the story: two people quoting Facebook and X in a
// Canadian story do not make its bare "authorities" American.
func mediumPlatform(toks []dyad.Token, w *vocab, m actors.Mention) bool {
	if m.Kind != "org" || m.End <= m.Start || !w.platformNames[strings.ToLower(m.Name)] {
		return false
	}
	if m.Start > 0 {
		switch toks[m.Start-1].Lower {
		case "on", "via", "through", "to":
			return true
		}
	}
	return m.End < len(toks) && w.platformMedia[toks[m.End].Lower]
}
