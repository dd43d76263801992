import { requirePerson } from '@dnevnik/auth';
import { conflict, forbidden, notFound, requireUuid } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import { todayOf, type MessagingContext } from '../../context.js';
import { mayHandleReports, relationsOf } from '../relations/index.js';
import { AbuseReport, Message } from './conversation.entities.js';

/** The administration restores a reported message or removes it for good (its text is kept hidden). */
export async function resolveReport(
  ctx: MessagingContext,
  input: { reportId: string; resolution: 'restored' | 'removed' },
): Promise<AbuseReport> {
  const viewer = requirePerson(ctx.viewer);
  return inTransaction(ctx, async (tx) => {
    const report = await tx.findOne(AbuseReport, { id: requireUuid(input.reportId, 'reportId') });
    if (!report) throw notFound('Жалоба');
    const relations = (await relationsOf(tx, [viewer.personId], todayOf(ctx))).get(
      viewer.personId,
    )!;
    if (!mayHandleReports(relations, report.schoolId))
      throw forbidden('Жалобы разбирает администрация школы.');
    if (report.resolvedAt) throw conflict('Жалоба уже рассмотрена.');
    const now = ctx.deps.now();
    Object.assign(report, {
      resolvedBy: viewer.personId,
      resolvedAt: now,
      resolution: input.resolution,
    });
    const message = await tx.findOneOrFail(Message, { id: report.messageId });
    if (input.resolution === 'restored') {
      message.hiddenAt = null;
      message.hiddenReason = null;
    } else {
      message.hiddenReason = 'Удалено администрацией школы.';
    }
    return report;
  });
}
