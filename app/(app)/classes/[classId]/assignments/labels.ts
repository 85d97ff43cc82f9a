import { BADGE } from "@/components/ui/badge";
import type { AssignmentStatus } from "@/lib/classes/assignment";
import { STATUS_LABEL } from "@/lib/classes/assignment-labels";

/** How an assignment's dates stand, as the teacher sees it, with its badge. */
export const STATUS_BADGE: Record<AssignmentStatus, { label: string; className: string }> = {
  upcoming: { label: STATUS_LABEL.upcoming, className: BADGE.info },
  open: { label: STATUS_LABEL.open, className: BADGE.success },
  overdue: { label: STATUS_LABEL.overdue, className: BADGE.warning },
};
