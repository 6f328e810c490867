import edu.stanford.nlp.international.arabic.process.ArabicSegmenter;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Speed of CoreNLP's Arabic clitic segmenter (the ablation's alternative to our own clitic splitting), and of the POS
 * tagger in-process on its output, over the same text. Not part of the service; run by hand (docs/extraction.md):
 *
 * <pre>java -Xmx1g -cp '.cache/corenlp/4.5.10/lib/*' bench/ArabicSegmenterSpeed.java FILE...</pre>
 *
 * <p>Sentences are the text's lines cut after . ! ? ؟; tokens are whitespace-separated words of the input (for the
 * segmenter) and segments of its output (for the tagger). Each is timed twice: cold (first pass), then warm.
 */
public class ArabicSegmenterSpeed {
  public static void main(String[] args) throws Exception {
    List<String> sentences = new ArrayList<>();
    for (String file : args) {
      for (String line : Files.readString(Path.of(file), StandardCharsets.UTF_8).split("\n")) {
        for (String s : line.split("(?<=[.!?\u061F])\\s+")) {
          if (!s.isBlank()) sentences.add(s.trim());
        }
      }
    }
    long words = sentences.stream().mapToLong(s -> s.split("\\s+").length).sum();
    System.out.printf("%d file(s), %d sentences, %d whitespace tokens%n", args.length, sentences.size(), words);

    long t0 = System.nanoTime();
    Properties props = new Properties();
    String model = "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz";
    props.setProperty("loadClassifier", model);
    ArabicSegmenter segmenter = new ArabicSegmenter(props);
    segmenter.loadSegmenter(model, props);
    System.out.printf("segmenter loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    List<String> segmented = new ArrayList<>();
    for (int pass = 1; pass <= 2; pass++) {
      segmented.clear();
      long start = System.nanoTime();
      for (String s : sentences) segmented.add(segmenter.segmentString(s));
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("segmenter pass %d: %.2f s, %.0f input tokens/s%n", pass, seconds, words / seconds);
    }

    t0 = System.nanoTime();
    MaxentTagger tagger = new MaxentTagger("edu/stanford/nlp/models/pos-tagger/arabic.tagger");
    System.out.printf("tagger loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    List<List<Word>> segmentedWords = new ArrayList<>();
    long segments = 0;
    for (String s : segmented) {
      List<Word> ws = new ArrayList<>();
      for (String w : s.split("\\s+")) if (!w.isEmpty()) ws.add(new Word(w));
      segments += ws.size();
      segmentedWords.add(ws);
    }
    for (int pass = 1; pass <= 2; pass++) {
      long start = System.nanoTime();
      long tags = 0;
      for (List<Word> ws : segmentedWords) {
        List<TaggedWord> tagged = tagger.tagSentence(ws);
        tags += tagged.size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("tagger (in-process) pass %d: %.2f s, %.0f segments/s (%d segments)%n", pass, seconds, tags / seconds, segments);
    }
  }
}
