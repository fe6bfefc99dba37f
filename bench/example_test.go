package bench_test

import (
	"context"
	"fmt"
	"log"

	"github.com/dyad-events/dyad/bench"
	"github.com/dyad-events/dyad/events"
)

// Measure the pipeline over two of the bundled example articles.
func ExampleRun() {
	coder, err := events.New(events.Config{})
	if err != nil {
		log.Fatal(err)
	}
	r, err := bench.Run(context.Background(), bench.Config{Coder: coder, Workers: 1},
		"../examples/01_korea_missile_launch.txt", "../examples/02_indonesia_australia_treaty.txt")
	if err != nil {
		log.Fatal(err)
	}
	s, _ := r.Stage(bench.StageEndToEnd)
	fmt.Println(r.Files, "files,", s.Articles, "articles coded end to end")
	// Output: 2 files, 2 articles coded end to end
}
