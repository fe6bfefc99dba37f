package main

import (
	"context"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/feed"
)

// loadArticles reads one command-line input — a file, an http(s) URL or
// "-" — into articles: RSS, Atom and JSON feeds give one article per item
// (package feed), everything else goes through article.Read. Errors name
// the input.
func loadArticles(ctx context.Context, arg string, opt article.Options) ([]*dyad.Article, error) {
	data, final, err := article.ReadArg(ctx, arg)
	if err != nil {
		return nil, err
	}
	if final != "" {
		opt.URL = final
	}
	if (opt.Input == "" || opt.Input == "auto") && feed.Sniff(data) {
		arts, err := feed.Read(arg, data)
		for _, a := range arts {
			if a.Published == "" && opt.Date != "" {
				a.Published, a.PublishedFrom = opt.Date, "flag"
			}
		}
		return arts, err
	}
	return article.Read(arg, data, opt)
}
