package syntax

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

// Model files start with a one-line header naming the kind and format
// version, followed by a length-prefixed gob of the small tables (tags,
// labels, lemmas) and then the weight tables as little-endian arrays.
// They are not compressed: decoding raw arrays takes a fraction of the
// time gzip or gob would, and start-up time counts in every CLI run. A file of
// another kind or version is refused with an error saying so.
const formatVersion = 4

// parserFormatVersion is the parser's own version: v5 files hold an
// ensemble, one weight table per member.
const parserFormatVersion = 5

// labelerFormatVersion is the relabeler's own version.
const labelerFormatVersion = 1

// arcsFormatVersion is the arc scorer's own version.
const arcsFormatVersion = 1

// chooserFormatVersion is the chooser's own version.
const chooserFormatVersion = 1

func versionOf(kind string) int {
	switch kind {
	case "parser":
		return parserFormatVersion
	case "labeler":
		return labelerFormatVersion
	case "arcs":
		return arcsFormatVersion
	case "chooser":
		return chooserFormatVersion
	}
	return formatVersion
}

func header(kind string) string {
	return fmt.Sprintf("parley-syntax %s v%d\n", kind, versionOf(kind))
}

// encodeWeights writes a table as little-endian arrays: class count,
// feature count, entry count, scale, keys (uint32), entry counts (uint8),
// classes (uint8), quantized weights (int16).
func encodeWeights(w io.Writer, nclass int, scale float32, keys []uint32, counts []uint8, cls []uint16, q []int16) error {
	if nclass > 256 {
		return fmt.Errorf("%d classes do not fit the model format", nclass)
	}
	cb := make([]uint8, len(cls))
	for i, c := range cls {
		cb[i] = uint8(c)
	}
	for _, v := range []any{uint32(nclass), uint32(len(keys)), uint32(len(q)), scale, keys, counts, cb, q} {
		if err := binary.Write(w, binary.LittleEndian, v); err != nil {
			return err
		}
	}
	return nil
}

// byteReader decodes little-endian values from a string, so embedded
// models are read in place without a copy.
type byteReader struct {
	b   string
	err error
}

func (r *byteReader) take(n int) string {
	if r.err != nil || n < 0 || n > len(r.b) {
		r.err = fmt.Errorf("truncated model")
		return ""
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *byteReader) u32() uint32 {
	b := r.take(4)
	if len(b) < 4 {
		return 0
	}
	return le32(b)
}

func le32(b string) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func le16(b string) uint16 { return uint16(b[0]) | uint16(b[1])<<8 }

// rawTable is a weight table as encodeWeights lays it out: nkeys 32-bit
// keys (kb) with an entry count each, then nents entries as a class byte
// (cb) and a 16-bit weight (qb).
type rawTable struct {
	nclass, nkeys, nents uint32
	scale                float32
	kb, counts, cb, qb   string
}

// readRawTable reads a table's header and slices its arrays, checked
// against the size limits.
func readRawTable(r *byteReader) (rawTable, error) {
	var t rawTable
	t.nclass, t.nkeys, t.nents = r.u32(), r.u32(), r.u32()
	t.scale = math.Float32frombits(r.u32())
	if r.err != nil {
		return t, r.err
	}
	if t.nkeys > maxTable || t.nents > maxTable {
		return t, fmt.Errorf("weight table too large")
	}
	t.kb = r.take(4 * int(t.nkeys))
	t.counts = r.take(int(t.nkeys))
	t.cb = r.take(int(t.nents))
	t.qb = r.take(2 * int(t.nents))
	return t, r.err
}

// taggerMeta holds the tagger's tables as sorted key/value lists (gob
// writes maps in random order; lists keep model files byte-identical
// across runs with the same seed).
type taggerMeta struct {
	Tags           []string
	FixedK         []string
	FixedV         []int
	ClassK, ClassV []string
	SeenK, SeenV   []string
	RuleK, RuleV   []string
	Passes         int
	WordClasses    bool
	// Reverse: the file also holds a right-to-left second pass.
	Reverse    bool
	SureMargin float32
}

func sortedPairs[V any](m map[string]V) ([]string, []V) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	vals := make([]V, len(keys))
	for i, k := range keys {
		vals[i] = m[k]
	}
	return keys, vals
}

func pairMap[V any](keys []string, vals []V) (map[string]V, error) {
	if len(keys) != len(vals) {
		return nil, fmt.Errorf("table of %d keys and %d values", len(keys), len(vals))
	}
	m := make(map[string]V, len(keys))
	for i, k := range keys {
		m[k] = vals[i]
	}
	return m, nil
}

// parserMeta describes an ensemble; its members' weight tables follow in
// order.
type parserMeta struct {
	Labels                    []string
	Members                   []memberMeta
	MarginWeight, MarginScale float32
	Confident                 float32
}

type memberMeta struct {
	Features int
	Reverse  bool
	Vote     float32
	// Factored members have a second table, the labeler.
	Factored bool
}

// writeModelTables writes the header and meta, then calls tables.
func writeModelTables(w io.Writer, kind string, meta any, tables func(io.Writer) error) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(header(kind))
	var mb bytes.Buffer
	if err := gob.NewEncoder(&mb).Encode(meta); err != nil {
		return err
	}
	binary.Write(bw, binary.LittleEndian, uint32(mb.Len()))
	bw.Write(mb.Bytes())
	if err := tables(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// maxTable bounds the sizes read from a model file, so a corrupt file
// cannot ask for absurd allocations.
const maxTable = 1 << 28

// readModel checks the header, decodes the metadata and returns a reader
// positioned at the first weight table.
func readModel(data string, kind string, meta any) (*byteReader, error) {
	h := header(kind)
	if !strings.HasPrefix(data, h) {
		line, _, _ := strings.Cut(data[:min(len(data), 60)], "\n")
		return nil, fmt.Errorf("not a parley %s model of format v%d (header %q)", kind, versionOf(kind), line)
	}
	r := &byteReader{b: data[len(h):]}
	n := r.u32()
	mb := r.take(int(n))
	if r.err != nil {
		return nil, fmt.Errorf("%s model: %w", kind, r.err)
	}
	if err := gob.NewDecoder(strings.NewReader(mb)).Decode(meta); err != nil {
		return nil, fmt.Errorf("%s model: %w", kind, err)
	}
	return r, nil
}

// WriteTagger saves t.
func WriteTagger(w io.Writer, t *Tagger) error {
	m := taggerMeta{Tags: t.Tags, Passes: 1, WordClasses: t.WordClasses, SureMargin: t.SureMargin}
	m.FixedK, m.FixedV = sortedPairs(t.Fixed)
	m.ClassK, m.ClassV = sortedPairs(t.Classes)
	if t.Lemmas != nil {
		m.SeenK, m.SeenV = sortedPairs(t.Lemmas.Seen)
		m.RuleK, m.RuleV = sortedPairs(t.Lemmas.Rules)
	}
	ws := []*arcWeights{t.W}
	if t.W2 != nil {
		m.Passes = 2
		ws = append(ws, t.W2)
		if t.RW2 != nil {
			m.Reverse = true
			ws = append(ws, t.RW2)
		}
	}
	return writeModelTables(w, "tagger", &m, func(bw io.Writer) error {
		for _, wt := range ws {
			if _, err := io.WriteString(bw, wt.file); err != nil {
				return err
			}
		}
		return nil
	})
}

// ReadTagger loads a tagger saved by WriteTagger.
func ReadTagger(r io.Reader) (*Tagger, error) {
	return readAll(r, parseTagger)
}

func parseTagger(data string) (*Tagger, error) {
	var m taggerMeta
	zr, err := readModel(data, "tagger", &m)
	if err != nil {
		return nil, err
	}
	if m.Passes < 1 || m.Passes > 2 || len(m.Tags) == 0 {
		return nil, fmt.Errorf("tagger model: %d passes, %d tags", m.Passes, len(m.Tags))
	}
	t := &Tagger{Tags: m.Tags, Lemmas: &Lemmatizer{}, WordClasses: m.WordClasses, SureMargin: m.SureMargin}
	var errs [4]error
	t.Fixed, errs[0] = pairMap(m.FixedK, m.FixedV)
	t.Classes, errs[1] = pairMap(m.ClassK, m.ClassV)
	t.Lemmas.Seen, errs[2] = pairMap(m.SeenK, m.SeenV)
	t.Lemmas.Rules, errs[3] = pairMap(m.RuleK, m.RuleV)
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("tagger model: %w", err)
		}
	}
	if m.Reverse && m.Passes != 2 {
		return nil, fmt.Errorf("tagger model: right-to-left passes without a second pass")
	}
	slots := []**arcWeights{&t.W, &t.W2}[:m.Passes]
	if m.Reverse {
		slots = append(slots, &t.RW2)
	}
	for _, slot := range slots {
		w, err := readArcWeights(zr)
		if err != nil {
			return nil, fmt.Errorf("tagger model: %w", err)
		}
		if w.NClass != len(m.Tags) {
			return nil, fmt.Errorf("tagger model: %d classes for %d tags", w.NClass, len(m.Tags))
		}
		*slot = w
	}
	for _, c := range t.Fixed {
		if c < 0 || c >= len(m.Tags) {
			return nil, fmt.Errorf("tagger model: fixed tag %d out of range", c)
		}
	}
	return t, nil
}

// WriteParser saves p.
func WriteParser(w io.Writer, p *Parser) error {
	m := parserMeta{Labels: p.Labels, MarginWeight: p.MarginWeight, MarginScale: p.MarginScale, Confident: p.Confident}
	for i, a := range p.Members {
		m.Members = append(m.Members, memberMeta{Features: a.Features, Reverse: a.Reverse, Vote: p.Votes[i], Factored: a.Labeler != nil})
	}
	return writeModelTables(w, "parser", &m, func(bw io.Writer) error {
		for _, a := range p.Members {
			if _, err := io.WriteString(bw, a.W.file); err != nil {
				return err
			}
			if a.Labeler != nil {
				if _, err := io.WriteString(bw, a.Labeler.file); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// ReadParser loads a parser saved by WriteParser.
func ReadParser(r io.Reader) (*Parser, error) {
	return readAll(r, parseParser)
}

// maxMembers bounds an ensemble read from a file.
const maxMembers = 16

func parseParser(data string) (*Parser, error) {
	var m parserMeta
	zr, err := readModel(data, "parser", &m)
	if err != nil {
		return nil, err
	}
	if len(m.Labels) == 0 || len(m.Members) == 0 || len(m.Members) > maxMembers {
		return nil, fmt.Errorf("parser model: %d labels, %d members", len(m.Labels), len(m.Members))
	}
	p := &Parser{Labels: m.Labels, MarginWeight: m.MarginWeight, MarginScale: m.MarginScale, Confident: m.Confident}
	for _, mm := range m.Members {
		w, err := readArcWeights(zr)
		if err != nil {
			return nil, fmt.Errorf("parser model: %w", err)
		}
		a := &ArcHybrid{Labels: m.Labels, W: w, Features: mm.Features, Reverse: mm.Reverse}
		want := 1 + 2*len(m.Labels)
		if mm.Factored {
			want = 3
			if a.Labeler, err = readArcWeights(zr); err != nil {
				return nil, fmt.Errorf("parser model: %w", err)
			}
			if a.Labeler.NClass != len(m.Labels) {
				return nil, fmt.Errorf("parser model: labeler of %d classes for %d labels", a.Labeler.NClass, len(m.Labels))
			}
		}
		if w.NClass != want {
			return nil, fmt.Errorf("parser model: %d classes for %d labels", w.NClass, len(m.Labels))
		}
		if mm.Features < 0 || mm.Features > currentFeatures {
			return nil, fmt.Errorf("parser model: feature set %d is newer than this program's %d", mm.Features, currentFeatures)
		}
		p.Members = append(p.Members, a)
		p.Votes = append(p.Votes, mm.Vote)
	}
	return p, nil
}

// labelerMeta describes a relabeler; its weight table follows.
type labelerMeta struct {
	Labels  []string
	Bonus   float32
	Mix     float32
	Stacked bool
}

// WriteRelabeler saves r.
func WriteRelabeler(w io.Writer, r *Relabeler) error {
	return writeOneTable(w, "labeler", &labelerMeta{Labels: r.Labels, Bonus: r.Bonus, Mix: r.Mix, Stacked: r.Stacked}, r.W)
}

// writeOneTable writes a model of one weight table: the header, meta
// and the table.
func writeOneTable(w io.Writer, kind string, meta any, t *arcWeights) error {
	return writeModelTables(w, kind, meta, func(bw io.Writer) error {
		_, err := io.WriteString(bw, t.file)
		return err
	})
}

// readAll reads a model file whole and parses it.
func readAll[T any](r io.Reader, parse func(string) (*T, error)) (*T, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return parse(string(data))
}

// readOneTable reads a model written by writeOneTable into meta and
// returns its table, which must end the file.
func readOneTable(data, kind string, meta any) (*arcWeights, error) {
	zr, err := readModel(data, kind, meta)
	if err != nil {
		return nil, err
	}
	w, err := readArcWeights(zr)
	if err != nil {
		return nil, fmt.Errorf("%s model: %w", kind, err)
	}
	if len(zr.b) != 0 {
		return nil, fmt.Errorf("%s model: %d bytes after the weights", kind, len(zr.b))
	}
	return w, nil
}

// ReadRelabeler loads a relabeler saved by WriteRelabeler.
func ReadRelabeler(r io.Reader) (*Relabeler, error) {
	return readAll(r, parseRelabeler)
}

func parseRelabeler(data string) (*Relabeler, error) {
	var m labelerMeta
	w, err := readOneTable(data, "labeler", &m)
	if err != nil {
		return nil, err
	}
	if len(m.Labels) == 0 || w.NClass != len(m.Labels) {
		return nil, fmt.Errorf("labeler model: %d classes for %d labels", w.NClass, len(m.Labels))
	}
	r := &Relabeler{Labels: m.Labels, W: w, Bonus: m.Bonus, Mix: m.Mix, Stacked: m.Stacked}
	r.init()
	return r, nil
}

// Attach sets r as p's relabeler after checking that both know the same
// labels.
func (p *Parser) Attach(r *Relabeler) error {
	if len(r.Labels) != len(p.Labels) {
		return fmt.Errorf("relabeler of %d labels for a parser of %d", len(r.Labels), len(p.Labels))
	}
	for i, l := range r.Labels {
		if p.Labels[i] != l {
			return fmt.Errorf("relabeler label %d is %q, the parser's %q", i, l, p.Labels[i])
		}
	}
	p.Relabeler = r
	return nil
}

// arcsMeta describes an arc scorer; its weight table follows.
type arcsMeta struct {
	Weight, Temp float32
	Features     int
}

// WriteArcScorer saves a.
func WriteArcScorer(w io.Writer, a *ArcScorer) error {
	return writeOneTable(w, "arcs", &arcsMeta{Weight: a.Weight, Temp: a.Temp, Features: a.Features}, a.W)
}

// ReadArcScorer loads an arc scorer saved by WriteArcScorer.
func ReadArcScorer(r io.Reader) (*ArcScorer, error) {
	return readAll(r, parseArcScorer)
}

func parseArcScorer(data string) (*ArcScorer, error) {
	var m arcsMeta
	w, err := readOneTable(data, "arcs", &m)
	if err != nil {
		return nil, err
	}
	if err := checkVoter("arcs", w, m.Weight, m.Temp); err != nil {
		return nil, err
	}
	return &ArcScorer{W: w, Weight: m.Weight, Temp: m.Temp, Features: m.Features}, nil
}

// chooserMeta describes a chooser; its weight table follows.
type chooserMeta struct {
	Weight, Temp, Confident float32
}

// WriteChooser saves ch.
func WriteChooser(w io.Writer, ch *Chooser) error {
	return writeOneTable(w, "chooser", &chooserMeta{Weight: ch.Weight, Temp: ch.Temp, Confident: ch.Confident}, ch.W)
}

// ReadChooser loads a chooser saved by WriteChooser.
func ReadChooser(r io.Reader) (*Chooser, error) {
	return readAll(r, parseChooser)
}

func parseChooser(data string) (*Chooser, error) {
	var m chooserMeta
	w, err := readOneTable(data, "chooser", &m)
	if err != nil {
		return nil, err
	}
	if err := checkVoter("chooser", w, m.Weight, m.Temp); err != nil {
		return nil, err
	}
	if !(m.Confident >= 0) || math.IsInf(float64(m.Confident), 1) {
		return nil, fmt.Errorf("chooser model: cascade threshold %g", m.Confident)
	}
	return &Chooser{W: w, Weight: m.Weight, Temp: m.Temp, Confident: m.Confident}, nil
}

// checkVoter checks what a voter in the reparse (the arc scorer, the
// chooser) read: one score per arc, a weight and a positive temperature
// for its softmax.
func checkVoter(kind string, w *arcWeights, weight, temp float32) error {
	if w.NClass != 1 || !(temp > 0) || weight < 0 {
		return fmt.Errorf("%s model: %d classes, weight %g, temperature %g", kind, w.NClass, weight, temp)
	}
	return nil
}
