package io.github.mlpath.core;

import io.github.mlpath.core.internal.BinaryReader;
import io.github.mlpath.core.internal.BinaryWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Encodes the value records of a snapshot, component by component in declaration order: each
 * decoder calls the record's canonical constructor, so a component added to a record cannot be
 * forgotten here without a compile error. Optional values are a presence byte and the value.
 */
final class SnapshotValues {
  private SnapshotValues() {}

  static void area(Area a, BinaryWriter w) throws IOException {
    w.writeString(a.id());
    w.writeString(a.iri());
    w.writeString(a.label());
  }

  static Area area(BinaryReader r) {
    return new Area(r.readString(), r.readString(), r.readString());
  }

  static void extras(TopicDetails x, BinaryWriter w) throws IOException {
    strings(x.altLabels(), w);
    string(x.definition(), w);
    strings(x.broader(), w);
    duration(x.learningTime(), w);
    strings(x.matches(), w);
    w.writeByte(x.umbrella() ? 1 : 0);
    optionalInt(x.teachingOrder(), w);
  }

  static TopicDetails extras(BinaryReader r) {
    return new TopicDetails(
        strings(r),
        string(r),
        strings(r),
        duration(r),
        strings(r),
        r.readByte() == 1,
        optionalInt(r));
  }

  static void resource(Resource x, BinaryWriter w) throws IOException {
    w.writeString(x.id());
    w.writeString(x.iri());
    w.writeString(x.title());
    string(x.url(), w);
    w.writeByte(x.medium().map(Enum::ordinal).orElse(-1));
    duration(x.duration(), w);
    w.writeByte(x.free().map(f -> f ? 1 : 0).orElse(-1));
    w.writeByte(x.depth().map(Enum::ordinal).orElse(-1));
    strings(x.authors(), w);
    string(x.partOf(), w);
    optionalInt(x.position(), w);
    string(x.pagination(), w);
    strings(x.teaches(), w);
    optionalInt(x.pages(), w);
    optionalInt(x.words(), w);
    duration(x.timeRequired(), w);
  }

  static Resource resource(BinaryReader r) {
    return new Resource(
        r.readString(),
        r.readString(),
        r.readString(),
        string(r),
        ordinal(r.readByte(), Medium.values()),
        duration(r),
        bool(r.readByte()),
        ordinal(r.readByte(), Depth.values()),
        strings(r),
        string(r),
        optionalInt(r),
        string(r),
        strings(r),
        optionalInt(r),
        optionalInt(r),
        duration(r));
  }

  /** A boolean that may be absent: -1 absent, 1 true, 0 false. */
  private static Optional<Boolean> bool(int b) {
    return b < 0 ? Optional.empty() : Optional.of(b == 1);
  }

  static void strings(List<String> list, BinaryWriter w) throws IOException {
    w.writeInt(list.size());
    for (String s : list) {
      w.writeString(s);
    }
  }

  static List<String> strings(BinaryReader r) {
    int n = r.readCount();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(r.readString());
    }
    return List.copyOf(out);
  }

  private static void string(Optional<String> s, BinaryWriter w) throws IOException {
    w.writeByte(s.isPresent() ? 1 : 0);
    if (s.isPresent()) {
      w.writeString(s.get());
    }
  }

  private static Optional<String> string(BinaryReader r) {
    return r.readByte() == 1 ? Optional.of(r.readString()) : Optional.empty();
  }

  private static <E> Optional<E> ordinal(int i, E[] values) {
    if (i >= values.length) {
      throw new IllegalArgumentException("enum ordinal " + i + " out of range");
    }
    return i < 0 ? Optional.empty() : Optional.of(values[i]);
  }

  private static void optionalInt(OptionalInt i, BinaryWriter w) throws IOException {
    w.writeByte(i.isPresent() ? 1 : 0);
    w.writeInt(i.orElse(0));
  }

  private static OptionalInt optionalInt(BinaryReader r) {
    boolean present = r.readByte() == 1;
    int value = r.readInt();
    return present ? OptionalInt.of(value) : OptionalInt.empty();
  }

  private static void duration(Optional<Duration> d, BinaryWriter w) throws IOException {
    w.writeByte(d.isPresent() ? 1 : 0);
    if (d.isPresent()) {
      w.writeLong(d.get().getSeconds());
      w.writeInt(d.get().getNano());
    }
  }

  private static Optional<Duration> duration(BinaryReader r) {
    return r.readByte() == 1
        ? Optional.of(Duration.ofSeconds(r.readLong(), r.readInt()))
        : Optional.empty();
  }
}
