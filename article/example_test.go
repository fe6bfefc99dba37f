package article_test

import (
	"fmt"
	"log"

	"github.com/dyad-events/dyad/article"
)

func ExampleRead() {
	text := `TITLE: Ministers meet on river dispute
DATE: 2024-03-02
PUBLISHER: Example Wire

UPPER CITY -- Ministers of two neighbouring states met on Saturday to discuss water sharing.

They agreed to meet again next month.
`
	arts, err := article.Read("river.txt", []byte(text), article.Options{})
	if err != nil {
		log.Fatal(err)
	}
	a := arts[0]
	fmt.Println(a.Title)
	fmt.Println(a.Source, a.Published, a.PublishedFrom, a.Dateline)
	for _, p := range a.Body {
		fmt.Println("-", p)
	}
	// Output:
	// Ministers meet on river dispute
	// Example Wire 2024-03-02 header UPPER CITY
	// - Ministers of two neighbouring states met on Saturday to discuss water sharing.
	// - They agreed to meet again next month.
}
