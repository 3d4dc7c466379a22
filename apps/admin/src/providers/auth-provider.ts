import type { AuthProvider, UserIdentity } from 'react-admin';
import { createHttpClient, type FetchFn } from './http-client';
import { isExpired, type TokenStore } from './token-store';
import { staffRoleOf, type StaffRole } from '@ocop/domain';

export interface AuthProviderOptions {
    baseUrl: string;
    fetch: FetchFn;
    tokens: TokenStore;
}

/** What `GET /admin/users/me` returns (only the fields the console uses). */
interface MedusaUser {
    id: string;
    email: string;
    first_name?: string | null;
    last_name?: string | null;
    avatar_url?: string | null;
    metadata?: Record<string, unknown> | null;
}

/** The role stored in `user.metadata.role`; none (null) when missing or unknown: no access (decision 007). */
export function roleOf(user: MedusaUser): StaffRole | null {
    return staffRoleOf(user.metadata);
}

/** Display name: "first last" when known, otherwise the email. */
export function fullNameOf(user: MedusaUser): string {
    const name = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
    return name || user.email;
}

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

/** react-admin authProvider for Medusa's `user` actor with email/password and bearer tokens. */
export function createAuthProvider({ baseUrl, fetch, tokens }: AuthProviderOptions): AuthProvider {
    const request = createHttpClient({ baseUrl, fetch, getToken: tokens.get });
    // getIdentity and getPermissions both need the user: share one request per token.
    let me: { token: string; user: Promise<MedusaUser> } | null = null;
    const currentUser = () => {
        const token = tokens.get();
        if (!token) return Promise.reject(new Error('ra.auth.auth_check_error'));
        if (me?.token !== token) {
            const user = request<{ user: MedusaUser }>('/admin/users/me').then((body) => body.user);
            me = { token, user };
            user.catch(() => {
                if (me?.token === token) me = null; // retry next time instead of caching a failure
            });
        }
        return me.user;
    };

    return {
        async login(params: { email?: string; username?: string; password: string }) {
            // Our login page sends `email`; react-admin's stock form sends `username`.
            const email = params.email ?? params.username;
            const password = params.password;
            let body: { token?: string; location?: string };
            try {
                body = await request('/auth/user/emailpass', { method: 'POST', body: { email, password } });
            } catch (error) {
                const status = statusOf(error);
                if (status === 401 || status === 400) throw new Error('ocop.auth.invalid_credentials');
                if (status === 0) throw new Error('ocop.auth.unreachable');
                throw new Error('ra.auth.sign_in_error');
            }
            if (!body.token) throw new Error('ra.auth.sign_in_error');
            tokens.set(body.token);
        },

        async logout() {
            // Bearer tokens are stateless: dropping it is the logout (DELETE /auth/session is for cookies).
            tokens.clear();
            me = null;
        },

        async checkAuth() {
            const token = tokens.get();
            if (!token || isExpired(token)) {
                tokens.clear();
                throw new Error('ra.auth.auth_check_error');
            }
        },

        async checkError(error: unknown) {
            const status = statusOf(error);
            if (status === 401) {
                // react-admin then calls logout(), which drops the token, and shows this message.
                throw new Error('ocop.auth.session_expired');
            }
            if (status === 403) {
                // Signed in but not allowed: keep the session and tell the user why.
                throw { logoutUser: false, message: 'ocop.auth.forbidden' };
            }
        },

        async getIdentity(): Promise<UserIdentity> {
            const user = await currentUser();
            return { id: user.id, fullName: fullNameOf(user), avatar: user.avatar_url ?? undefined, email: user.email };
        },

        async getPermissions() {
            if (!tokens.get()) return undefined;
            return roleOf(await currentUser());
        },
    };
}
