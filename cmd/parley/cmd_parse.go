package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parley-nlp/parley/conllu"
	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/pipeline"
)

// runParse tokenizes, tags and parses text (or tags and parses given
// CoNLL-U, keeping its tokenization and sentences) and prints CoNLL-U.
func runParse(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("parse", "[--input text|conllu] [--parser ensemble|fast] [--format conllu] FILE...|-", stdout, stderr)
	input := fs.String("input", "text", "input format: text (raw UTF-8) or conllu (keep its tokens and sentences)")
	format := fs.String("format", "conllu", "output format: conllu")
	parser := fs.String("parser", extract.ParserEnsemble, "dependency parser: ensemble (three models voting, with the arc scorer, the chooser and the relabeler) or fast (the first alone, a third faster)")
	if st, stop := parseFlags(fs, args, stdout); stop {
		return st
	}
	if *format != "conllu" {
		fmt.Fprintf(stderr, "parley parse: unknown --format %q (want conllu)\n", *format)
		return 2
	}
	if *input != "text" && *input != "conllu" {
		fmt.Fprintf(stderr, "parley parse: unknown --input %q (want text or conllu)\n", *input)
		return 2
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	p, err := parsePipeline(*input, *parser)
	if err != nil {
		fmt.Fprintf(stderr, "parley parse: %v\n", err)
		return 1
	}
	for _, name := range files {
		doc, err := readParseInput(name, *input)
		if err != nil {
			fmt.Fprintf(stderr, "parley parse: %v\n", err)
			return 1
		}
		if err := p.Process(doc); err != nil {
			fmt.Fprintf(stderr, "parley parse: %v\n", err)
			return 1
		}
		if err := conllu.Write(stdout, doc); err != nil {
			fmt.Fprintf(stderr, "parley parse: %v\n", err)
			return 1
		}
	}
	return 0
}

// parsePipeline returns the stages for the input kind: the default
// pipeline up to syntax for text; only the syntax stage for CoNLL-U,
// built alone so that start-up loads nothing else (registries etc.).
func parsePipeline(input, parser string) (*pipeline.Pipeline, error) {
	if input == "text" {
		return extract.New(extract.Options{Until: "syntax", Parser: parser})
	}
	st, err := extract.SyntaxStage(parser)
	if err != nil {
		return nil, err
	}
	return &pipeline.Pipeline{Stages: []pipeline.Stage{st}}, nil
}

func readParseInput(name, input string) (*document.Document, error) {
	var r io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	if input == "conllu" {
		sents, err := conllu.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return conllu.ToDocument(name, sents, conllu.Copy{}), nil
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return document.New(name, "", strings.ToValidUTF8(string(b), "\uFFFD")), nil
}
