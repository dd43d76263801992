import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { CurriculumEvents } from '@dnevnik/contracts';
import {
  badInput,
  conflict,
  notFound,
  requireDate,
  requireText,
  requireUuid,
} from '@dnevnik/errors';
import { stageEvent, type EventContext } from '@dnevnik/events';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { SchoolClass } from '../classes/index.js';
import { requireAdmin } from '../school-access/index.js';
import { Enrolment } from './enrolments.entities.js';

export type EnrolmentChange = 'arrival' | 'transfer_in' | 'transfer_out' | 'departure';

/**
 * An enrolment's announcement: a movement opens (arrival, transfer in) or closes (transfer out,
 * departure) it under an order. The enrolment does not carry its school, so the caller names it.
 */
export function stageEnrolmentChanged(
  tx: EntityManager,
  e: Enrolment,
  movement: { schoolId: string; change: EnrolmentChange; order: string },
  context: EventContext,
) {
  stageEvent(tx, CurriculumEvents.enrolmentChanged, {
    aggregateId: e.studentId,
    schoolId: movement.schoolId,
    data: {
      enrolmentId: e.id,
      studentId: e.studentId,
      classId: e.classId,
      schoolId: movement.schoolId,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      change: movement.change,
      order: movement.order,
    },
    context,
  });
}

/** A student's open enrolment in a class from a date, under an order; a new id unless given. */
export function enrolmentOf(
  studentId: string,
  classId: string,
  start: { startsOn: string; reason: 'arrival' | 'transfer'; order: string },
  id: string = uuidv7(),
): Enrolment {
  return Object.assign(new Enrolment(), {
    id,
    studentId,
    classId,
    startsOn: start.startsOn,
    startReason: start.reason,
    startOrder: start.order,
  });
}

/**
 * S3: arrival, transfer between classes and departure, each on a date and under an order.
 * History is kept: a movement closes the open enrolment and, unless the student leaves, opens one.
 */
export async function moveStudent(
  ctx: CurriculumContext,
  input: { studentId: string; toClassId?: string | null; onDate: string; order: string },
): Promise<Enrolment | null> {
  const studentId = requireUuid(input.studentId, 'studentId');
  requireDate(input.onDate, 'onDate');
  const order = requireText(input.order, 'order', 100);
  return inTransaction(ctx, async (tx) => {
    const open = await tx.findOne(Enrolment, { studentId, endsOn: null });
    const target = input.toClassId
      ? await tx.findOne(SchoolClass, { id: requireUuid(input.toClassId, 'toClassId') })
      : null;
    if (input.toClassId && !target) throw notFound('Класс');
    const from = open ? await tx.findOneOrFail(SchoolClass, { id: open.classId }) : null;
    const schoolId = (target ?? from)?.schoolId;
    if (!schoolId) throw badInput('Ученик не зачислен ни в один класс: укажите класс зачисления.');
    requireAdmin(ctx, schoolId);
    if (from && target && from.schoolId !== target.schoolId)
      throw badInput('Перевод между школами оформляется выбытием и прибытием.');
    if (open && target && open.classId === target.id)
      throw conflict(`Ученик уже в классе ${target.name}.`);
    if (open && input.onDate <= open.startsOn)
      throw badInput('Дата движения должна быть позже даты зачисления в текущий класс.');
    if (open) {
      const before = { endsOn: open.endsOn };
      open.endsOn = input.onDate;
      open.endReason = target ? 'transfer' : 'departure';
      open.endOrder = order;
      stageEnrolmentChanged(
        tx,
        open,
        { schoolId, change: target ? 'transfer_out' : 'departure', order },
        eventContext(ctx, 'school_admin'),
      );
      await audit(tx, ctx, {
        schoolId,
        role: 'school_admin',
        action: target ? 'enrolment.transferred_out' : 'enrolment.departed',
        entityType: 'enrolment',
        entityId: open.id,
        before,
        after: { endsOn: open.endsOn, order },
      });
      // The unit of work inserts before it updates; the old row must be closed first, or the
      // "one open enrolment per student" index refuses the new one.
      await tx.flush();
    }
    if (!target) return null;
    const next = enrolmentOf(studentId, target.id, {
      startsOn: input.onDate,
      reason: open ? 'transfer' : 'arrival',
      order,
    });
    tx.persist(next);
    stageEnrolmentChanged(
      tx,
      next,
      { schoolId, change: open ? 'transfer_in' : 'arrival', order },
      eventContext(ctx, 'school_admin'),
    );
    await audit(tx, ctx, {
      schoolId,
      role: 'school_admin',
      action: open ? 'enrolment.transferred_in' : 'enrolment.arrived',
      entityType: 'enrolment',
      entityId: next.id,
      before: null,
      after: next,
    });
    return next;
  });
}
