import { z } from 'zod';
import { USERNAME_PATTERN } from '../../../domain/accounts/password-policy';
import { RELATIONS } from '../../../domain/registry/import-template';
import { pageOf, pageQuery } from '../../http/pagination';
import { id } from '../org/schema';

const phone = z.string().trim().min(5).max(20);

export const codeRequestBody = z.strictObject({ phone });
export const codeSent = z.object({ expiresInSeconds: z.number(), resendAfterSeconds: z.number() });

export const signupBody = z.strictObject({
  phone,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'six digits'),
  username: z
    .string()
    .trim()
    .regex(USERNAME_PATTERN, 'lowercase letters, digits, . _ -; 3–64, starting with a letter'),
  displayName: z.string().trim().min(1).max(50),
  password: z.string().min(1).max(256),
});
export type SignupBody = z.infer<typeof signupBody>;

export const bindBody = z.strictObject({ invitationCode: z.string().trim().min(4).max(40) });
export const bindResult = z.object({ status: z.enum(['bound', 'pending']), houseLabel: z.string() });

export const invitationsBody = z.strictObject({ placeId: id });
export const invitation = z.object({ houseId: z.number(), houseLabel: z.string(), code: z.string() });
export const invitationList = z.object({ items: z.array(invitation) });
export const houseParams = z.object({ houseId: id });

export const bindingRequest = z
  .object({
    id: z.number(),
    houseId: z.number(),
    houseLabel: z.string(),
    displayName: z.string(),
    /** The applicant's sign-up phone, masked (`138****5678`); null for accounts without one on record. */
    phoneMasked: z.string().nullable(),
    status: z.enum(['pending', 'approved', 'rejected']),
    createdAt: z.date(),
  })
  .meta({ id: 'BindingRequest' });
export const bindingRequestPage = pageOf(bindingRequest);
export const bindingListQuery = z.object({ placeId: id, ...pageQuery });
export const approveBody = z.strictObject({ relation: z.enum(RELATIONS), personId: id.optional() });
export type ApproveBody = z.infer<typeof approveBody>;
/** The body may be left out; a reason is shown to the applicant. */
export const rejectBody = z.strictObject({ reason: z.string().trim().min(1).max(200).optional() }).nullable();

/** A resident's own request, as they follow it. */
export const myBindingRequest = z
  .object({
    id: z.number(),
    houseId: z.number(),
    houseLabel: z.string(),
    status: z.enum(['pending', 'approved', 'rejected']),
    createdAt: z.date(),
    decidedAt: z.date().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'MyBindingRequest' });
export const myBindingRequestPage = pageOf(myBindingRequest);
export const myBindingQuery = z.object(pageQuery);
