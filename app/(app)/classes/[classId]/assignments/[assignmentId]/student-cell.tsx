import { TABLE_CELL } from "@/components/ui/responsive-table";

/** A student's name and username, the first cell of the assignment's tables. */
export function StudentCell({ name, username }: { name: string; username: string }) {
  return (
    <td role="cell" className={`${TABLE_CELL} sm:align-top`}>
      <span className="block font-semibold">{name}</span>
      <span className="block font-mono text-sm break-all text-slate-700 sm:break-normal">{username}</span>
    </td>
  );
}
