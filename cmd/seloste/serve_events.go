package main

import (
	"fmt"
	"net/http"
	"sync"
	"time"
)

// A hub passes the names of changed notices ("" for the index) to every
// open event stream. A stream that falls behind misses events, not the
// server.
type hub struct {
	mu   sync.Mutex
	subs map[chan string]bool
}

func (h *hub) subscribe() chan string {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.subs == nil {
		h.subs = map[chan string]bool{}
	}
	ch := make(chan string, 16)
	h.subs[ch] = true
	return ch
}

func (h *hub) unsubscribe(ch chan string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.subs, ch)
}

func (h *hub) publish(name string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- name:
		default:
		}
	}
}

// events streams server-sent events: "change" with the name of a notice
// that changed on disk, or "" when notices came or went.
func (p *preview) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch := p.hub.subscribe()
	defer p.hub.unsubscribe(ch)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprint(w, ": seloste preview\n\n")
	fl.Flush()
	ping := time.NewTicker(20 * time.Second)
	defer ping.Stop()
	for {
		select {
		case name := <-ch:
			fmt.Fprintf(w, "event: change\ndata: %s\n\n", name) // a URL name: letters, digits, hyphens
		case <-ping.C:
			fmt.Fprint(w, ": ping\n\n")
		case <-r.Context().Done():
			return
		case <-p.done:
			return
		}
		fl.Flush()
	}
}
