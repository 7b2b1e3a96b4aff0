package io.github.mlpath.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.mlpath.core.SnapshotException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {
  private static final String KEY = "sha256:test";

  @Test
  void aSnapshotReadsBackWithEveryObservableValueEqual() throws Exception {
    Curriculum original = RichFixture.curriculum();
    Curriculum copy = roundTrip(original);
    assertSameObservably(original, copy);
  }

  @Test
  void theSeedCurriculumAndAnEmptyOneReadBackEqual() throws Exception {
    assertSameObservably(SeedFixture.curriculum(), roundTrip(SeedFixture.curriculum()));
    Curriculum empty = new CurriculumBuilder().build();
    assertSameObservably(empty, roundTrip(empty));
  }

  @Test
  void theRichFixtureGivesEveryRecordComponentAValue() {
    Curriculum c = RichFixture.curriculum();
    List<Object> topics = new ArrayList<>();
    for (int v = 0; v < c.size(); v++) {
      topics.add(c.topic(v));
    }
    assertEveryComponentSet(Topic.class, topics);
    assertEveryComponentSet(Resource.class, new ArrayList<>(c.resources()));
    assertEveryComponentSet(Area.class, new ArrayList<>(c.areas()));
  }

  @Test
  void theRichFixtureGivesEveryAccessorSomethingToReturn() throws Exception {
    Curriculum c = RichFixture.curriculum();
    for (Method m : accessors()) {
      boolean seen = false;
      for (Object[] args : argumentsFor(m, c)) {
        Object result = invoke(m, c, args);
        seen |= !isEmpty(result);
      }
      assertTrue(seen, "the rich fixture gives " + m.getName() + " nothing to return; extend it");
    }
  }

  @Test
  void theAttachmentAndKeyComeBackAsWritten() throws Exception {
    byte[] attachment = "problems go here".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = write(RichFixture.curriculum(), attachment);
    SnapshotCodec.Contents contents = SnapshotCodec.read(ByteBuffer.wrap(bytes), KEY);
    assertEquals(KEY, contents.key());
    byte[] back = new byte[contents.attachment().remaining()];
    contents.attachment().get(back);
    assertEquals("problems go here", new String(back, StandardCharsets.UTF_8));
  }

  @Test
  void everyAlteredByteIsDetectedAsCorrupt() throws Exception {
    byte[] bytes = write(SeedFixture.curriculum(), new byte[0]);
    for (int i = 0; i < bytes.length; i += Math.max(1, bytes.length / 997)) {
      byte[] damaged = bytes.clone();
      damaged[i] ^= 0x10;
      SnapshotException e =
          assertThrows(
              SnapshotException.class,
              () -> SnapshotCodec.read(ByteBuffer.wrap(damaged), KEY),
              "byte " + i);
      assertEquals(Reason.CORRUPT, e.reason(), "byte " + i + ": " + e.getMessage());
    }
  }

  @Test
  void aTruncatedOrForeignFileIsCorrupt() throws Exception {
    byte[] bytes = write(SeedFixture.curriculum(), new byte[0]);
    for (int keep : new int[] {0, 10, bytes.length / 2, bytes.length - 1}) {
      byte[] cut = Arrays.copyOf(bytes, keep);
      assertEquals(
          Reason.CORRUPT,
          assertThrows(SnapshotException.class, () -> SnapshotCodec.read(ByteBuffer.wrap(cut), KEY))
              .reason());
    }
    byte[] text = "@prefix mlp: <https://w3id.org/mlpath/ns#> .\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        Reason.CORRUPT,
        assertThrows(SnapshotException.class, () -> SnapshotCodec.read(ByteBuffer.wrap(text), KEY))
            .reason());
  }

  @Test
  void aSnapshotOfOtherInputsIsStale() throws Exception {
    byte[] bytes = write(SeedFixture.curriculum(), new byte[0]);
    SnapshotException e =
        assertThrows(
            SnapshotException.class,
            () -> SnapshotCodec.read(ByteBuffer.wrap(bytes), "sha256:other"));
    assertEquals(Reason.STALE, e.reason());
  }

  private static Curriculum roundTrip(Curriculum c) throws IOException {
    return SnapshotCodec.read(ByteBuffer.wrap(write(c, new byte[0])), KEY).curriculum();
  }

  private static byte[] write(Curriculum c, byte[] attachment) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SnapshotCodec.write(c, KEY, attachment, out);
    return out.toByteArray();
  }

  /**
   * Calls every public method of {@link Curriculum} on both, with every topic index, edge index, id
   * and pair of topics as arguments, and compares the answers: a field that the codec forgot shows
   * up here as soon as an accessor returns it.
   */
  static void assertSameObservably(Curriculum expected, Curriculum actual) throws Exception {
    assertSameObservably(expected, actual, 0);
  }

  private static void assertSameObservably(Curriculum expected, Curriculum actual, int depth)
      throws Exception {
    for (Method m : accessors()) {
      for (Object[] args : argumentsFor(m, expected)) {
        Object want = invoke(m, expected, args);
        Object got = invoke(m, actual, args);
        String where = m.getName() + Arrays.toString(args);
        if (want instanceof Curriculum a && got instanceof Curriculum b) {
          if (depth < 2) {
            assertSameObservably(a, b, depth + 1); // a derived curriculum, such as withoutGistEdges
          }
        } else {
          assertSameValue(want, got, where);
        }
      }
    }
  }

  private static List<Method> accessors() {
    List<Method> out = new ArrayList<>();
    for (Method m : Curriculum.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
        out.add(m);
      }
    }
    out.sort((a, b) -> a.toString().compareTo(b.toString()));
    return out;
  }

  private static List<Object[]> argumentsFor(Method m, Curriculum c) {
    Class<?>[] types = m.getParameterTypes();
    List<Object[]> out = new ArrayList<>();
    int ints = Math.max(c.size(), c.edgeCount()) + 1;
    if (types.length == 0) {
      out.add(new Object[0]);
    } else if (types.length == 1 && types[0] == int.class) {
      for (int i = 0; i < ints; i++) {
        out.add(new Object[] {i});
      }
    } else if (types.length == 1 && types[0] == String.class) {
      List<String> names = new ArrayList<>(List.of("", "no-such-thing"));
      for (int v = 0; v < c.size(); v++) {
        names.add(c.id(v));
      }
      c.areas().forEach(a -> names.add(a.id()));
      c.resources().forEach(r -> names.add(r.id()));
      names.forEach(s -> out.add(new Object[] {s}));
    } else if (types.length == 2 && types[0] == int.class && types[1] == int.class) {
      for (int v = 0; v < c.size(); v++) {
        for (int w = 0; w < c.size(); w++) {
          out.add(new Object[] {v, w});
        }
      }
    } else {
      fail("no arguments known for " + m + "; teach SnapshotCodecTest.argumentsFor about it");
    }
    return out;
  }

  /** The method's answer, or the class of what it threw, so that both sides compare equal. */
  private static Object invoke(Method m, Curriculum c, Object[] args) throws Exception {
    try {
      return m.invoke(c, args);
    } catch (InvocationTargetException e) {
      return e.getCause().getClass();
    }
  }

  private static void assertSameValue(Object want, Object got, String where) {
    if (want instanceof Adjacency a && got instanceof Adjacency b) {
      assertEquals(a.edgeCount(), b.edgeCount(), where);
      for (int k = 0; k < a.edgeCount(); k++) {
        assertEquals(a.target(k), b.target(k), where + " target " + k);
      }
      return;
    }
    if (want instanceof int[] a && got instanceof int[] b) {
      assertEquals(Arrays.toString(a), Arrays.toString(b), where);
      return;
    }
    if (want != null && !isValue(want)) {
      fail(where + " returns a " + want.getClass() + "; teach SnapshotCodecTest to compare it");
    }
    assertEquals(want, got, where);
  }

  private static boolean isValue(Object o) {
    return o instanceof Record
        || o instanceof Optional<?>
        || o instanceof OptionalInt
        || o instanceof Collection<?>
        || o instanceof String
        || o instanceof Number
        || o instanceof Boolean
        || o instanceof Enum<?>
        || o instanceof java.util.BitSet
        || o instanceof Class<?>;
  }

  private static boolean isEmpty(Object o) {
    return o == null
        || o instanceof Class<?>
        || o instanceof Optional<?> opt && opt.isEmpty()
        || o instanceof OptionalInt opt && opt.isEmpty()
        || o instanceof Collection<?> col && col.isEmpty()
        || o instanceof Adjacency a && a.edgeCount() == 0
        || o instanceof Boolean bool && !bool
        || o instanceof int[] ints && ints.length == 0
        || o instanceof java.util.BitSet bits && bits.isEmpty()
        || o instanceof Integer i && i == 0;
  }

  private static void assertEveryComponentSet(Class<? extends Record> type, List<Object> values) {
    for (RecordComponent rc : type.getRecordComponents()) {
      boolean set = false;
      boolean unset = false;
      for (Object v : values) {
        try {
          boolean empty = isEmpty(rc.getAccessor().invoke(v));
          set |= !empty;
          unset |= empty;
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
      assertTrue(set, type.getSimpleName() + "." + rc.getName() + " is never set in the fixture");
      if (isOptional(rc.getType())) {
        assertTrue(unset, type.getSimpleName() + "." + rc.getName() + " is always set");
      }
    }
  }

  private static boolean isOptional(Class<?> t) {
    return t == Optional.class || t == OptionalInt.class || t == List.class;
  }
}
