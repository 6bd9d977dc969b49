package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/parley-nlp/parley/conllu"
	"github.com/parley-nlp/parley/syntax"
)

// runTrain trains the tagger (with the lemmatizer), the parser, the
// parser's arc relabeler, its arc scorer or its chooser from CoNLL-U
// treebanks and writes the model of the best dev iteration. The last
// three are trained for the embedded tagger and parser.
func runTrain(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("train", "tagger|parser|labeler|arcs|chooser --train FILE --dev FILE --out FILE [--seed N] [--iters N] [--members l2r,r2l,...] [--parsed-trees]", stdout, stderr)
	trainPath := fs.String("train", "", "training treebank (CoNLL-U)")
	devPath := fs.String("dev", "", "development treebank (CoNLL-U), used to pick the best iteration")
	out := fs.String("out", "", "model file to write")
	seed := fs.Uint64("seed", 1, "random seed (training is deterministic for a seed)")
	iters := fs.Int("iters", 0, "training iterations (0: tagger 6, parser 10, labeler 8, arcs 7, chooser 8)")
	minWeight := fs.Float64("min-weight", -1, "prune averaged weights smaller than this in magnitude (-1: tagger 0.5, parser 1, labeler 1, arcs 0.95)")
	parsedTrees := fs.Bool("parsed-trees", false, "labeler: learn from jackknifed parses of train (one parser per fold), reading the parser's label as a feature, instead of the treebank's trees")
	arcFeatures := fs.Int("arc-features", 2, "arcs: feature set (0: words, tags and what lies between; 1: also each tag between; 2: also more word pairs)")
	foldIters := fs.Int("fold-iters", 10, "labeler with --parsed-trees: training iterations of each fold's parser")
	members := fs.String("members", "l2r,l2r@2,r2l@2", "parser ensemble: one member per item: l2r or r2l (reading direction), then /f for a factored member (labels scored apart: faster), then @W to prune weights below W instead of --min-weight (smaller, faster); member i trains with seed+i")
	if st, stop := parseFlags(fs, args, stdout); stop {
		return st
	}
	if fs.NArg() != 1 || (fs.Arg(0) != "tagger" && fs.Arg(0) != "parser" && fs.Arg(0) != "labeler" && fs.Arg(0) != "arcs" && fs.Arg(0) != "chooser") || *trainPath == "" || *devPath == "" || *out == "" {
		fs.Usage()
		return 2
	}
	kind := fs.Arg(0)
	var specs []syntax.ParserMember
	for i, item := range strings.Split(*members, ",") {
		spec, prune, pruned := strings.Cut(item, "@")
		d, factored := strings.CutSuffix(spec, "/f")
		mw, err := strconv.ParseFloat(prune, 64)
		if d != "l2r" && d != "r2l" || pruned && (err != nil || mw <= 0) {
			fmt.Fprintf(stderr, "parley train: bad member %q (want l2r or r2l, then optionally /f and @WEIGHT)\n", item)
			return 2
		}
		if !pruned {
			mw = 0
		}
		specs = append(specs, syntax.ParserMember{Reverse: d == "r2l", Factored: factored, Seed: *seed + uint64(i), MinWeight: mw})
	}
	train, err := readTreebank(*trainPath)
	if err != nil {
		fmt.Fprintf(stderr, "parley train: %v\n", err)
		return 1
	}
	dev, err := readTreebank(*devPath)
	if err != nil {
		fmt.Fprintf(stderr, "parley train: %v\n", err)
		return 1
	}
	o := syntax.TrainOptions{Seed: *seed, Iters: *iters, Progress: stdout, MinWeight: *minWeight, TwoPass: true, Bidirectional: true}
	start := time.Now()
	d := trainDefaults[kind]
	if o.Iters == 0 {
		o.Iters = d.iters
	}
	if o.MinWeight < 0 {
		o.MinWeight = d.minWeight
	}
	var write func(io.Writer) error
	switch kind {
	case "tagger":
		var t *syntax.Tagger
		if t, err = syntax.TrainTagger(train, dev, o); err == nil {
			write = func(w io.Writer) error { return syntax.WriteTagger(w, t) }
		}
	case "parser":
		var p *syntax.Parser
		if p, err = syntax.TrainParser(train, dev, o, specs); err == nil {
			write = func(w io.Writer) error { return syntax.WriteParser(w, p) }
		}
	default:
		// The labeler, the arc scorer and the chooser are trained for
		// the embedded tagger and parser.
		tg, p, lerr := syntax.Default()
		if err = lerr; err != nil {
			break
		}
		if kind == "labeler" {
			var r *syntax.Relabeler
			if r, err = syntax.TrainRelabeler(train, dev, tg, p, o, syntax.RelabelOptions{Parsed: *parsedTrees, FoldIters: *foldIters}); err == nil {
				write = func(w io.Writer) error { return syntax.WriteRelabeler(w, r) }
			}
		} else if kind == "arcs" {
			var a *syntax.ArcScorer
			if a, err = syntax.TrainArcScorer(train, dev, tg, p, o, nil, *arcFeatures); err == nil {
				write = func(w io.Writer) error { return syntax.WriteArcScorer(w, a) }
			}
		} else {
			// The folds' members are trained as the parser's were
			// (--members, --seed); their arc scorers as "arcs" is.
			var c *syntax.Chooser
			pd, ad := trainDefaults["parser"], trainDefaults["arcs"]
			co := syntax.ChooserOptions{Members: specs, MemberIters: pd.iters, MemberMinWeight: pd.minWeight, ArcIters: ad.iters, ArcMinWeight: ad.minWeight}
			if c, err = syntax.TrainChooser(train, dev, tg, p, o, co); err == nil {
				write = func(w io.Writer) error { return syntax.WriteChooser(w, c) }
			}
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "parley train: %v\n", err)
		return 1
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintf(stderr, "parley train: %v\n", err)
		return 1
	}
	bw := bufio.NewWriter(f)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(stderr, "parley train: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s (%s total)\n", *out, time.Since(start).Round(time.Second))
	return 0
}

// trainDefaults are each model's training iterations and pruning when
// the flags leave them unset.
var trainDefaults = map[string]struct {
	iters     int
	minWeight float64
}{"tagger": {6, 0.5}, "parser": {10, 1}, "labeler": {8, 1}, "arcs": {7, 0.95}, "chooser": {8, 0}}

func readTreebank(path string) ([]*conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := conllu.ReadAll(bufio.NewReaderSize(f, 1<<16))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}
