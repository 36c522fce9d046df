package prose

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/seloste/seloste/notice"
)

// Data, groups of data subjects and sources.

var (
	nationalIDRE = regexp.MustCompile(`(?i)henkilötunnu|personnummer|personbeteckning|national identi|social security number|identity number`)
	healthRE     = regexp.MustCompile(`(?i)terveys|terveyd|sairau|vammai|allergi|hälsa|sjukdom|\bpuls\b|health|heart rate|illness|disabilit`)
	religionRE   = regexp.MustCompile(`(?i)uskonto|uskontokunta|katsomusaine|religion|religiös|religious`)
	childrenRE   = regexp.MustCompile(`(?i)oppilas|oppilai|oppilaa|lapsi|lapset|lasten|koululai|pupil|child|elev|barn`)
)

// data places a section on the data and the groups of data subjects.
func (b *builder) data(s *section) {
	blocks := s.blocks
	name := strings.TrimSuffix(strings.TrimSpace(leadingNumberRE.ReplaceAllString(s.headText(), "")), ":")
	for i := 0; i < len(blocks); i++ {
		bl := blocks[i]
		if isLeadIn(blocks, i) {
			j := i + 1
			for j < len(blocks) && blocks[j].kind == kindItem {
				j++
			}
			items := blocks[i+1 : j]
			if subjectLead(bl.flat()) || s.topic == topicSubjects {
				b.addText(&b.cur().Description, b.actPtr()+"/description", bl.first(), Likely, bl.flat(), "the lead-in to the groups of data subjects")
				for _, it := range items {
					b.addSubjectGroup(it)
				}
			} else {
				b.addCategoryList(bl, items, Sure)
			}
			i = j - 1
			continue
		}
		if bl.kind == kindItem {
			// A run of items with no lead-in is one category named by the heading.
			j := i
			for j < len(blocks) && blocks[j].kind == kindItem {
				j++
			}
			if s.topic == topicSubjects {
				for _, it := range blocks[i:j] {
					b.addSubjectGroup(it)
				}
			} else {
				var its []string
				for _, it := range blocks[i:j] {
					its = append(its, it.flat())
				}
				b.addCategory(name, "", its, bl.first(), Sure, "the list under the heading")
			}
			i = j - 1
			continue
		}
		if s.topic == topicSubjects {
			b.addSubjectGroup(bl)
			continue
		}
		// A paragraph: its sentences about data form one category.
		var keep []string
		for _, st := range sentencesOf(bl) {
			if t := b.strong(st.text); t != topicNone {
				b.placeByContent(st, b.actPtr()+"/description")
				continue
			}
			if t := b.content(st.text); t == topicRetention || t == topicTransfers || t == topicLegalBasis || t == topicSources && !dataRE.MatchString(st.text) {
				b.placeByContent(st, b.actPtr()+"/description")
				continue
			}
			keep = append(keep, st.text)
		}
		if len(keep) > 0 {
			b.addCategory(name, strings.Join(keep, " "), nil, bl.first(), Sure, "a paragraph of the section on data")
		}
	}
}

// subjectLead reports whether a lead-in introduces groups of data subjects.
func subjectLead(s string) bool {
	return regexp.MustCompile(`(?i)rekisteröityjen ryhmä|rekisteröityjä ovat|käyttäjät, joita ovat|registrerade är|data subjects are|categories of data subjects`).MatchString(s)
}

// addSubjectGroup adds a group of data subjects from a list item: a name
// the source marks strong, else the item up to its first comma.
func (b *builder) addSubjectGroup(it block) {
	a := b.cur()
	text := it.flat()
	g := notice.DataSubjectGroup{}
	if len(it.strong) > 0 && strings.HasPrefix(text, it.strong[0]) {
		g.Name = b.t(it.strong[0])
		if rest := strings.TrimLeft(strings.TrimPrefix(text, it.strong[0]), " ,"); rest != "" {
			g.Description = b.t(rest)
		}
	} else {
		g.Name = b.t(text)
	}
	if childrenRE.MatchString(text) {
		g.Children = true
	}
	a.DataSubjects = append(a.DataSubjects, g)
	ptr := fmt.Sprintf("%s/dataSubjects/%d", b.actPtr(), len(a.DataSubjects)-1)
	b.placed(ptr+"/name", it.first(), Sure, text, "a group of data subjects")
	if g.Children {
		b.placed(ptr+"/children", it.first(), Guess, text, "the group names pupils or children: check that it includes children (Art 8)")
	}
}

// addCategoryList adds a data category given as a lead-in and a list.
func (b *builder) addCategoryList(lead block, items []block, conf Confidence) {
	var its []string
	for _, it := range items {
		its = append(its, it.flat())
	}
	b.addCategory(strings.TrimSuffix(lead.flat(), ":"), "", its, lead.first(), conf, "a data category: the lead-in names it, the list gives its data")
}

// addCategory adds one data category.
func (b *builder) addCategory(name, desc string, items []string, ln int, conf Confidence, note string) {
	a := b.cur()
	if name == "" {
		name = desc
		desc = ""
	}
	c := notice.DataCategory{Name: b.t(name)}
	if desc != "" {
		c.Description = b.t(desc)
	}
	for _, it := range items {
		c.Items = append(c.Items, b.t(it))
	}
	all := name + " " + desc + " " + strings.Join(items, " ")
	a.DataCategories = append(a.DataCategories, c)
	i := len(a.DataCategories) - 1
	ptr := fmt.Sprintf("%s/dataCategories/%d", b.actPtr(), i)
	b.placed(ptr+"/name", ln, conf, name, note)
	if desc != "" {
		b.placed(ptr+"/description", ln, conf, desc, "what the source says of the data")
	}
	if nationalIDRE.MatchString(all) {
		a.DataCategories[i].NationalID = true
		b.placed(ptr+"/nationalId", ln, Likely, all, "the data include a national identity number")
	}
	var special []notice.SpecialCategory
	if healthRE.MatchString(all) {
		special = append(special, notice.HealthData)
	}
	if religionRE.MatchString(all) {
		special = append(special, notice.ReligiousBeliefs)
	}
	if len(special) > 0 {
		a.DataCategories[i].Special = special
		b.placed(ptr+"/special", ln, Guess, all, "the data seem to include special categories (Art 9(1)): check them")
	}
}

// Sources.

var (
	selfSourceRE   = regexp.MustCompile(`(?i)rekisteröidyltä itseltään|rekisteröidyltä|rekisteröidyiltä|itseltään|heiltä itseltään|käyttäjältä|themselves|from you\b|the data subject|du själv|dig själv|från dig|den registrerade själv|opiskelijoilta`)
	publicSourceRE = regexp.MustCompile(`(?i)väestötietojärjestelmä|väestörekister|skatteverket|population information|public(ly accessible)? sources|offentliga källor|julkisista lähteistä|yleisesti saatavilla`)
	generatedRE    = regexp.MustCompile(`(?i)syntyy|syntyneitä|syntyvät|generated|log data|lokitied|uppstår|skapas`)
)

// sources places a section on the sources of the data.
func (b *builder) sources(s *section) {
	for _, bl := range s.blocks {
		if bl.kind == kindItem {
			b.addSourceSentence(sentence{bl.flat(), bl.first()}, Sure)
			continue
		}
		for _, st := range sentencesOf(bl) {
			if t := b.strong(st.text); t != topicNone {
				b.placeByContent(st, b.actPtr()+"/description")
				continue
			}
			if bs, _ := basesIn(st.text); len(bs) > 0 && basisCueRE.MatchString(st.text) {
				b.addBasisSentence(st, Likely)
				continue
			}
			b.addSourceSentence(st, Sure)
		}
	}
}

// addSourceSentence adds a source of the data from a sentence; a sentence
// that only cites a statute gives the law of the source before it.
func (b *builder) addSourceSentence(s sentence, conf Confidence) {
	a := b.cur()
	if a.Sources == nil {
		a.Sources = &notice.Sources{}
	}
	laws := statutesIn(s.text, b.country, b.tag())
	kind, why := notice.SourceOther, "a source other than the data subject"
	switch {
	case publicSourceRE.MatchString(s.text):
		kind, why = notice.SourcePublic, "a publicly accessible source or public register"
	case selfSourceRE.MatchString(s.text) && !regexp.MustCompile(`(?i),| ja | och | and |lisäksi|also|även`).MatchString(s.text):
		kind, why = notice.SourceDataSubject, "the data subject"
	case generatedRE.MatchString(s.text):
		kind, why = notice.SourceGenerated, "data generated in the service or the controller's activities"
	}
	ptr := b.actPtr() + "/sources"
	if n := len(a.Sources.Items); n > 0 && len(laws) > 0 && letterCount(lawFree(s.text)) < 25 {
		for _, l := range laws {
			a.Sources.Items[n-1].Laws = append(a.Sources.Items[n-1].Laws, l.ref)
			b.placed(fmt.Sprintf("%s/items/%d/laws/%d", ptr, n-1, len(a.Sources.Items[n-1].Laws)-1), s.line, Likely, s.text, "a statute cited after the source")
		}
		appendText(&a.Sources.Items[n-1].Description, b.tag(), s.text)
		return
	}
	src := notice.Source{Kind: kind, Description: b.t(s.text)}
	for _, l := range laws {
		src.Laws = append(src.Laws, l.ref)
	}
	a.Sources.Items = append(a.Sources.Items, src)
	i := len(a.Sources.Items) - 1
	b.placed(fmt.Sprintf("%s/items/%d/description", ptr, i), s.line, conf, s.text, "a source of the data, in the source's words")
	b.placed(fmt.Sprintf("%s/items/%d/kind", ptr, i), s.line, Guess, s.text, "kind of source: "+why+"; check it")
}

// lawFree returns s without its statute citations, to tell a citation
// from a sentence that cites one.
func lawFree(s string) string {
	s = fiNumberRE.ReplaceAllString(s, "")
	s = sectionRE.ReplaceAllString(s, "")
	for _, w := range []string{"laki", "lain", "lagen", "lag", "act", "viranomaisten", "toiminnan", "julkisuudesta"} {
		s = strings.ReplaceAll(strings.ToLower(s), w, "")
	}
	return s
}
