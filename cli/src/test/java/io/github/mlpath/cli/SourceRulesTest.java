package io.github.mlpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size and documentation rules of docs/architecture.md ("Rules"), checked on the main sources
 * of every module with code (core, graph, cli, bench): no source file over 300 lines, no method
 * over 50, and a javadoc on every public type. The sources are parsed with the JDK's own compiler
 * API, so a line count is the declaration's real extent, not a brace count.
 */
class SourceRulesTest {
  static final int MAX_FILE_LINES = 300;
  static final int MAX_METHOD_LINES = 50;
  static final List<String> MODULES = List.of("core", "graph", "cli", "bench");
  static final Path TREE = Path.of("..").toAbsolutePath().normalize();
  @TempDir Path dir;

  @Test
  void mainCodeHasNoFileOver300LinesNoMethodOver50AndAJavadocOnEveryPublicType()
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (String module : MODULES) {
      files.addAll(javaFiles(Path.of("..", module, "src", "main", "java")));
    }
    assertTrue(files.size() > 100, "the rules see the main sources: " + files.size() + " files");
    List<String> broken = check(files);
    assertEquals(List.of(), broken, String.join("\n", broken));
  }

  @Test
  void theRulesCatchALongFileALongMethodAndAnUndocumentedPublicType() throws IOException {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      body.append("    int x").append(i).append(" = ").append(i).append(";\n");
    }
    Path file = dir.resolve("Big.java");
    Files.writeString(
        file,
        "package p;\n\npublic class Big {\n  void m() {\n"
            + body
            + "  }\n\n"
            + "  /** Documented. */\n  public record Fine() {}\n\n"
            + "  public interface Bare {}\n}\n"
            + "\n".repeat(MAX_FILE_LINES));
    List<String> broken = check(List.of(file));
    assertEquals(4, broken.size(), String.join("\n", broken));
    assertTrue(broken.get(0).matches(".*Big.java: 371 lines.*"), broken.get(0));
    assertTrue(broken.get(1).contains("Big.java:3: public type Big has no javadoc"), broken.get(1));
    assertTrue(broken.get(2).contains("Big.java:4: method m has 62 lines"), broken.get(2));
    assertTrue(
        broken.get(3).contains("Big.java:70: public type Bare has no javadoc"), broken.get(3));
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** Every broken rule in {@code files}, one line each: {@code FILE:LINE: what}. */
  static List<String> check(List<Path> files) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> broken = new ArrayList<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      JavacTask task =
          (JavacTask)
              javac.getTask(
                  null,
                  fm,
                  null,
                  List.of("-proc:none"),
                  null,
                  fm.getJavaFileObjectsFromPaths(files));
      DocTrees trees = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        broken.addAll(check(unit, trees));
      }
    }
    return broken;
  }

  private static List<String> check(CompilationUnitTree unit, DocTrees trees) throws IOException {
    List<String> broken = new ArrayList<>();
    LineMap lines = unit.getLineMap();
    SourcePositions positions = trees.getSourcePositions();
    Path file = Path.of(unit.getSourceFile().toUri());
    String name = TREE.relativize(file).toString();
    long fileLines =
        unit.getSourceFile().getCharContent(true).chars().filter(c -> c == '\n').count();
    if (fileLines > MAX_FILE_LINES) {
      broken.add(name + ": " + fileLines + " lines (at most " + MAX_FILE_LINES + ")");
    }
    new TreePathScanner<Void, Void>() {
      long line(Tree t) {
        return lines.getLineNumber(positions.getStartPosition(unit, t));
      }

      @Override
      public Void visitClass(ClassTree type, Void unused) {
        DocCommentTree doc = trees.getDocCommentTree(getCurrentPath());
        if (type.getModifiers().getFlags().contains(Modifier.PUBLIC)
            && (doc == null || doc.getFirstSentence().isEmpty())) {
          broken.add(
              name
                  + ":"
                  + line(type)
                  + ": public type "
                  + type.getSimpleName()
                  + " has no javadoc");
        }
        return super.visitClass(type, unused);
      }

      @Override
      public Void visitMethod(MethodTree method, Void unused) {
        if (method.getBody() != null) {
          long extent =
              lines.getLineNumber(positions.getEndPosition(unit, method)) - line(method) + 1;
          if (extent > MAX_METHOD_LINES) {
            broken.add(
                name
                    + ":"
                    + line(method)
                    + ": method "
                    + method.getName()
                    + " has "
                    + extent
                    + " lines (at most "
                    + MAX_METHOD_LINES
                    + ")");
          }
        }
        return super.visitMethod(method, unused);
      }
    }.scan(unit, null);
    return broken;
  }
}
