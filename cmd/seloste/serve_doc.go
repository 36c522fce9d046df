package main

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"sync"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

// doc is one notice of the preview, read again when its file changes.
type doc struct {
	name    string   // URL name
	display string   // where it comes from, as shown
	root    *os.Root // the directory of its file; nil when in is fixed
	rel     string   // the file's name within root
	in      input    // a bundled example or standard input

	mu        sync.Mutex
	stamp     fs.FileInfo // of the file as last read
	loaded    bool
	cur       docState
	heard     int                           // the version last announced
	idsByView map[[2]string]map[string]bool // element ids of the rendering, by language and layer
}

// docState is what one reading of a notice gave; it is never changed once
// made, so that a request can use it without the lock.
type docState struct {
	version  int
	data     []byte
	n        *notice.Notice
	loc      *notice.Locator // places the findings in data
	problems []problem
	findings validate.Findings
	handler  func() (http.Handler, error) // built on first use
}

// state returns the notice as its file now is, reading it again when the
// file changed.
func (d *doc) state() docState {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.root == nil {
		if !d.loaded {
			d.load(d.in)
		}
		return d.cur
	}
	info, err := d.root.Lstat(d.rel)
	if d.loaded && err == nil && d.stamp != nil && os.SameFile(info, d.stamp) && info.ModTime().Equal(d.stamp.ModTime()) && info.Size() == d.stamp.Size() {
		return d.cur
	}
	data, stamp, err := readInRoot(d.root, d.rel)
	d.stamp = stamp
	d.load(input{name: d.display, data: data, err: err})
	return d.cur
}

// announced returns the version last told to the event streams, and
// records the current one as told.
func (d *doc) announced() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	v := d.heard
	d.heard = d.cur.version
	return v
}

// load reads a notice; d.mu must be held.
func (d *doc) load(in input) {
	st := docState{version: d.cur.version + 1, data: in.data}
	if !d.loaded {
		d.heard = st.version // the first reading is no change
	}
	d.loaded = true
	d.idsByView = nil
	switch n, loc, err := decodeInput(in); {
	case in.err != nil:
		st.problems = []problem{{Msg: in.err.Error()}}
	case err != nil:
		st.problems = decodeProblems(err)
	default:
		st.n, st.loc, st.findings = n, loc, validate.Validate(n)
		st.handler = sync.OnceValues(func() (http.Handler, error) { return newNoticeHandler(n) })
	}
	d.cur = st
}

func decodeInput(in input) (*notice.Notice, *notice.Locator, error) {
	if in.err != nil {
		return nil, nil, in.err
	}
	return decodeLocated(in)
}

// readInRoot reads the regular file rel of root and nothing else: not a
// symbolic link, not a file swapped in between looking and opening.
func readInRoot(root *os.Root, rel string) ([]byte, fs.FileInfo, error) {
	info, err := root.Lstat(rel)
	if err != nil {
		return nil, nil, describe(err)
	}
	if !info.Mode().IsRegular() {
		return nil, info, errors.New("not a regular file: a symbolic link or other file put in its place is not read")
	}
	if info.Size() > notice.MaxInputSize {
		return nil, info, fmt.Errorf("file is %s; a notice may be at most %s", size(info.Size()), size(notice.MaxInputSize))
	}
	f, err := root.Open(rel)
	if err != nil {
		return nil, info, describe(err)
	}
	defer f.Close()
	opened, err := f.Stat()
	if err != nil || !os.SameFile(info, opened) {
		return nil, info, errors.New("the file was replaced while it was read")
	}
	data, err := readLimited(f)
	return data, info, err
}
