package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/feed"
)

// loadArticles reads one command-line input — a file, an http(s) URL or
// "-" — into articles: RSS, Atom and JSON feeds give one article per item
// (package feed), everything else goes through article.Read. Errors name
// the input.
func loadArticles(ctx context.Context, arg string, opt article.Options) ([]*dyad.Article, error) {
	var data []byte
	var err error
	switch {
	case arg == "-":
		data, err = io.ReadAll(io.LimitReader(os.Stdin, article.MaxInputSize+1))
		if err != nil {
			return nil, fmt.Errorf("-: %w", err)
		}
	case article.IsURL(arg):
		var final string
		if data, final, err = article.Fetch(ctx, arg); err != nil {
			return nil, err
		}
		opt.URL = final
	default:
		f, err := os.Open(arg)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, fmt.Errorf("%s: is a directory (dyad ingest reads folders)", arg)
		}
		if data, err = io.ReadAll(io.LimitReader(f, article.MaxInputSize+1)); err != nil {
			return nil, fmt.Errorf("%s: %w", arg, err)
		}
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
