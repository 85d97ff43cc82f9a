import { describe, expect, it } from "vitest";
import { attemptStudentId, deletedStudentId, deletedStudentsOf, isDeletedStudentId } from "./deleted-student";

describe("deleted students", () => {
  it("are keyed apart from user ids", () => {
    expect(deletedStudentId("abc")).toBe("deleted:abc");
    expect(isDeletedStudentId("deleted:abc")).toBe(true);
    expect(isDeletedStudentId("cmx756mpd001tkc7div1iw35i")).toBe(false);
  });

  it("name an attempt's row: the student while there is one, else the kept key; neither is no row", () => {
    expect(attemptStudentId({ studentId: "u1", deletedStudentKey: null })).toBe("u1");
    expect(attemptStudentId({ studentId: null, deletedStudentKey: "k1" })).toBe("deleted:k1");
    expect(attemptStudentId({ studentId: null, deletedStudentKey: null })).toBeNull();
  });

  it("are listed once each, named the same, without a username", () => {
    expect(deletedStudentsOf(["u1", "deleted:k1", "deleted:k1", "deleted:k2"])).toEqual([
      { id: "deleted:k1", name: "Deleted student", username: "", isDeleted: true },
      { id: "deleted:k2", name: "Deleted student", username: "", isDeleted: true },
    ]);
  });
});
