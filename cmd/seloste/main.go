// Command seloste checks, renders and serves machine-readable privacy notices.
package main

import (
	"fmt"
	"os"
	"reflect"

	"github.com/seloste/seloste/notice"
)

func main() {
	if len(os.Args) < 3 || os.Args[1] != "check" {
		fmt.Fprintln(os.Stderr, "usage: seloste check FILE...")
		os.Exit(2)
	}
	status := 0
	for _, path := range os.Args[2:] {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			status = 2
			continue
		}
		n, err := notice.Decode(data)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			status = 1
			continue
		}
		js, err := notice.EncodeJSON(n)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			status = 1
			continue
		}
		back, err := notice.Decode(js)
		if err != nil || !reflect.DeepEqual(n, back) {
			fmt.Fprintf(os.Stderr, "%s: does not round-trip: %v\n", path, err)
			status = 1
			continue
		}
		fmt.Printf("%s: ok (%d activities)\n", path, len(n.Activities))
	}
	os.Exit(status)
}
