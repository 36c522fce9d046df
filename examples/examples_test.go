package examples_test

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/notice"
)

func TestAllFixturesDecode(t *testing.T) {
	names := examples.Names()
	require.Len(t, names, 6, "six notices from five seeds (the ViLLE page holds two)")
	all, err := examples.All()
	require.NoError(t, err)
	for i, n := range all {
		t.Run(names[i], func(t *testing.T) {
			assert.Equal(t, []language.Tag{language.Finnish, language.Swedish, language.English}, n.Languages)
			assert.Equal(t, []language.Tag{language.Swedish, language.English}, n.UnofficialTranslations)
			assert.NotEmpty(t, n.Activities)
		})
	}
}

// TestEveryTextTranslated checks that every free text of every fixture is
// given in Finnish, Swedish and English.
func TestEveryTextTranslated(t *testing.T) {
	all, err := examples.All()
	require.NoError(t, err)
	for i, n := range all {
		var missing []string
		texts(reflect.ValueOf(n).Elem(), "", func(path string, txt notice.Text) {
			for _, lang := range n.Languages {
				if s, _, ok := txt.In(lang); !ok || strings.TrimSpace(s) == "" {
					missing = append(missing, path+" ("+lang.String()+")")
				}
			}
		})
		assert.Empty(t, missing, "%s: texts missing a language", examples.Names()[i])
	}
}

// texts calls fn with the JSON path of every non-empty Text below v.
func texts(v reflect.Value, path string, fn func(string, notice.Text)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			texts(v.Elem(), path, fn)
		}
	case reflect.Map:
		if txt, ok := v.Interface().(notice.Text); ok && !txt.IsZero() {
			fn(path, txt)
		}
	case reflect.Slice:
		for i := range v.Len() {
			texts(v.Index(i), path+"/"+strconv.Itoa(i), fn)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			p := path + "/" + name
			if f.Anonymous {
				p = path
			}
			texts(v.Field(i), p, fn)
		}
	}
}

func TestLoadUnknown(t *testing.T) {
	_, err := examples.Load("nonexistent")
	assert.ErrorContains(t, err, `no notice "nonexistent"`)
}

func ExampleNames() {
	for _, name := range examples.Names() {
		fmt.Println(name)
	}
	// Output:
	// kiva-koulu
	// raisio-office365
	// valteri-primus
	// ville-other-provider
	// ville-university
	// vipu
}

func ExampleLoad() {
	n, err := examples.Load("kiva-koulu")
	if err != nil {
		fmt.Println(err)
		return
	}
	title, _, _ := n.Title.In(language.English)
	fmt.Println(title)
	fmt.Println(len(n.Activities), "activities")
	// Output:
	// Privacy notice
	// 10 activities
}
