// Package syntax tags, lemmatizes and parses sentences with parley's own
// models, trained on UD English EWT and embedded in the binary.
//
// The tagger is a greedy averaged perceptron predicting the joint tag
// "UPOS|XPOS" left to right in two passes (the second also sees the first
// pass's tags of the next two words), then once more right to left (seeing
// the second pass's tags on its other side); each word takes the tag with
// the best summed score of the last two passes. Besides the word's letters and context it reads a word-class
// lexicon derived from WordNet and the SCOWL word list (data/, see
// wordclassgen), which tells a plural noun from a past-tense verb or a
// name for words the treebank lacks. The lemmatizer is a table of forms
// seen in training plus suffix-rewrite rules learned per XPOS; the parser
// is an ensemble of greedy arc-hybrid transition parsers (some reading
// right to left), each scored by an averaged perceptron trained with a
// dynamic oracle on jackknifed tags (its features include the words'
// classes from the word-class lexicon, a second opinion beside the
// tagger's choice), whose trees are combined by
// reparsing: the projective tree with the most member votes (Eisner's
// algorithm). A first-order graph-based arc scorer (ArcScorer), trained
// apart on head selection, votes in that reparse among the heads the
// members propose for each word: it judges every arc alike however far,
// where the members judge from a parser state, so it settles many of
// their disagreements. A chooser (Chooser), trained on trees the members
// parsed without having seen them, votes too: it learns when to trust
// which member. Whatever the input, the parser returns a tree: exactly one
// root and no cycles (non-projective trees are never produced). A
// second-stage labeler (Relabeler) then labels every arc of the final
// tree again, seeing the whole tree (the head's other dependents, the
// dependent's function words and subject, the words around its subtree)
// beside the parser's own label and label scores; it changes labels only.
//
// Units: within this package, word positions are 0-based indices into a
// sentence and a head of -1 is the root. The Stage converts to document
// token indices (document.RootHead for the root).
//
// The models in models/ are rebuilt with (the tagger's seed 2 was the best
// of seeds 1-3 on EWT dev, the labeler's seed 3 the best of seeds 1-5:
// dev LAS 83.49, 83.47, 83.52, 83.49, 83.50; the arc scorer's pruning
// 0.95 the best on dev of those that keep all models within 40 MB: 1
// gave UAS 86.77, 0.95 86.84, 0.9 86.83 at 12 MB, 0.75 86.84 at 18 MB)
//
//	parley train tagger --seed 2 --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out syntax/models/tagger.bin
//	parley train parser --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out syntax/models/parser.bin
//
//	parley train labeler --seed 3 --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out syntax/models/labeler.bin
//	parley train arcs --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out syntax/models/arcs.bin
//	parley train chooser --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out syntax/models/chooser.bin
//
// (the parser's default --members, "l2r,l2r@2,r2l@2", is two left-to-right
// members and one right-to-left, the two weaker ones pruned harder; see
// ParserMember). The labeler, the arc scorer and the chooser are
// trained for the tagger and parser (and, for the chooser, the arc
// scorer) embedded when they are built, so they are rebuilt after
// those.
//
// Features are 32-bit hashes, so a model holds no strings of the treebank
// beyond the tag set, the label set, the lemma table and the tagger's
// word-class dictionary.
package syntax
