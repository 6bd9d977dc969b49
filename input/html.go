package input

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// LooksLikeHTML sniffs the start of data for an HTML document.
func LooksLikeHTML(data []byte) bool {
	head := data
	if len(head) > 512 {
		head = head[:512]
	}
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<!--", "<?xml"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return p != "<?xml" || bytes.Contains(head, []byte("<html"))
		}
	}
	return false
}

// blockElements end a paragraph: their text is separated by a blank line.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true,
	atom.Article: true, atom.Section: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Table: true, atom.Tr: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Main: true, atom.Nav: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Hr: true,
	atom.Address: true, atom.Title: true, atom.Form: true, atom.Fieldset: true, atom.Details: true,
	atom.Summary: true,
}

// droppedElements have no readable text.
var droppedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Iframe: true, atom.Object: true, atom.Head: false,
}

// HTMLToText converts HTML to plain text: tags stripped, entities decoded,
// scripts and styles dropped, runs of white space folded to one space, block
// elements separated by blank lines (paragraphs) and <br> by a line break.
// It returns the text and the document title. Offsets of later stages refer
// to this text, which `parley extract --with-text` prints.
func HTMLToText(data []byte) (text, title string) {
	z := html.NewTokenizer(bytes.NewReader(data))
	var b strings.Builder
	var titleB strings.Builder
	skip := 0 // depth inside dropped elements
	inTitle := false
	pendingBreak := "" // "", "\n" or "\n\n", written before the next text
	space := false     // a space is owed before the next word
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return strings.TrimSpace(b.String()), strings.Join(strings.Fields(titleB.String()), " ")
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if droppedElements[a] {
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			}
			if a == atom.Title {
				inTitle = tt == html.StartTagToken
				continue
			}
			if a == atom.Br {
				if pendingBreak == "" {
					pendingBreak = "\n"
				}
				space = false
			} else if blockElements[a] {
				pendingBreak = "\n\n"
				space = false
			} else if a == atom.Td || a == atom.Th {
				space = true
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			t := string(z.Text()) // entities decoded
			if inTitle {
				titleB.WriteString(t)
				continue
			}
			if t == "" {
				continue
			}
			lead := isSpace(t[0])
			trail := isSpace(t[len(t)-1])
			words := strings.Fields(t)
			if len(words) == 0 {
				if b.Len() > 0 {
					space = true
				}
				continue
			}
			if b.Len() > 0 {
				if pendingBreak != "" {
					b.WriteString(pendingBreak)
				} else if space || lead {
					b.WriteByte(' ')
				}
			}
			pendingBreak = ""
			b.WriteString(strings.Join(words, " "))
			space = trail
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
