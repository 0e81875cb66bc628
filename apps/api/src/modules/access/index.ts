export { Role, RoleGrant } from './role.entity';
export { User, UserRole, UserStatus } from './user.entity';
export { ApiKey } from './api-key.entity';
export { Session, RefreshToken, AppSetting } from './session.entity';
export { AuthService, hashPassword, REFRESH_COOKIE } from './auth.service';
export { AccessAdminService } from './access-admin.service';
export { AuthResolver, ViewerResolver, RoleResolver, UserRoleResolver, UserResolver, ApiKeyResolver } from './access.resolver';
