package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// synth writes n synthetic JSONL articles into dir (part-NN.jsonl, 5,000
// a file: ingest caps an input at 50 MB): each is 40 sentences drawn at
// random from the text files under corpora (header lines up to the first
// blank line skipped), dated at random in 2015–2024, from six made-up
// outlets. Drawing sentences keeps the articles distinct, so none is a
// near-duplicate and every event counts. The output is for load tests:
// keep it out of the repository.
func synth(n int, dir string, corpora []string) error {
	var sents []string
	for _, c := range corpora {
		err := filepath.Walk(c, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			body := string(b)
			if _, rest, ok := strings.Cut(body, "\n\n"); ok {
				body = rest
			}
			for _, s := range strings.Split(strings.ReplaceAll(body, "\n", " "), ". ") {
				if s = strings.TrimSpace(s); len(s) > 40 && len(s) < 400 {
					sents = append(sents, s+".")
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if len(sents) == 0 {
		return fmt.Errorf("no sentences in %v", corpora)
	}
	r := rand.New(rand.NewPCG(1, 1))
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	outlets := []string{"Wire A", "Wire B", "Daily C", "Times D", "Post E", "Herald F"}
	var f *os.File
	var w *bufio.Writer
	var enc *json.Encoder
	for i := 0; i < n; i++ {
		if i%5000 == 0 {
			if f != nil {
				if err := w.Flush(); err != nil {
					return err
				}
				f.Close()
			}
			var err error
			if f, err = os.Create(filepath.Join(dir, fmt.Sprintf("part-%02d.jsonl", i/5000))); err != nil {
				return err
			}
			w = bufio.NewWriter(f)
			enc = json.NewEncoder(w)
		}
		ps := make([]string, 40)
		for k := range ps {
			ps[k] = sents[r.IntN(len(sents))]
		}
		err := enc.Encode(map[string]string{"id": fmt.Sprintf("synth-%06d", i),
			"date": start.AddDate(0, 0, r.IntN(3650)).Format("2006-01-02"), "text": strings.Join(ps, "\n\n"),
			"title": fmt.Sprintf("Synthetic story %d", i), "url": fmt.Sprintf("https://synth.example/%d", i),
			"source": outlets[i%len(outlets)]})
		if err != nil {
			return err
		}
	}
	if f != nil {
		if err := w.Flush(); err != nil {
			return err
		}
		return f.Close()
	}
	return nil
}
