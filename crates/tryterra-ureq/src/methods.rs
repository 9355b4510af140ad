//! The typed methods of [`Terra`]: one per Terra operation of the Python
//! SDK, plus the [`User`] handle.

use tryterra_core::models::{Activity, Body, Daily, Menstruation, Nutrition, Sleep, TerraUser};
use tryterra_core::ops::{
    AthleteResponse, AuthUrl, AuthenticateUser, DataKind, DataResponse, DeauthenticateUser,
    GenerateWidgetSession, GetAthlete, GetData, GetUserInfo, ListProviders, ListProvidersDetailed,
    ListUsers, Providers, StatusResponse, Subscriptions, UserInfo, WebhookAck, WidgetSession,
};
use tryterra_core::{DateParam, Error, Operation, Response};

use crate::client::Terra;
use crate::transport::HttpClient;

/// Upper bound on the pages [`Terra::list_users`] follows.
pub const MAX_USER_PAGES: u64 = 10_000;

/// The answer type of [`Terra::list_providers_detailed`].
pub type DetailedProviders = <ListProvidersDetailed as Operation>::Output;

macro_rules! data_methods {
    ($($kind:ident, $model:ident, $inline:ident, $webhook:ident, $seed:literal, $what:literal;)*) => {$(
        #[doc = concat!("The ", $what, " of `user_id` from `start` to `end` (or `start`")]
        /// alone), returned inline.
        ///
        /// For samples off, extra parameters or other options, run the
        /// operation yourself with [`Terra::execute`].
        #[doc(alias = $seed)]
        pub fn $inline(
            &self,
            user_id: &str,
            start: impl Into<DateParam>,
            end: Option<DateParam>,
        ) -> Result<Response<DataResponse<$model>>, Error> {
            self.data::<tryterra_core::ops::kind::$kind>(user_id, start, end)
        }

        #[doc = concat!("Asks Terra to send the ", $what, " of `user_id` to your webhook;")]
        /// returns the acknowledgement (with the `reference` the events will
        /// carry).
        #[doc(alias = $seed)]
        pub fn $webhook(
            &self,
            user_id: &str,
            start: impl Into<DateParam>,
            end: Option<DateParam>,
        ) -> Result<Response<WebhookAck>, Error> {
            let op = with_end(GetData::<tryterra_core::ops::kind::$kind>::new(user_id, start), end);
            self.execute(op.to_webhook())
        }
    )*};
}

impl<C: HttpClient> Terra<C> {
    /// A handle on one user, with the user's info already fetched
    /// (`GET /userInfo`).
    pub fn from_user_id(&self, user_id: &str) -> Result<User<'_, C>, Error> {
        let info = self.user_info_by_id(user_id)?;
        Ok(User {
            terra: self,
            user_id: user_id.to_owned(),
            info,
        })
    }

    /// Runs a [`GetUserInfo`] (by user id or by reference id).
    #[doc(alias = "get_user_info")]
    pub fn user_info(&self, op: GetUserInfo) -> Result<Response<UserInfo>, Error> {
        self.execute(op)
    }

    /// The info of the user with this Terra user id.
    #[doc(alias = "get_user_info")]
    pub fn user_info_by_id(&self, user_id: &str) -> Result<Response<UserInfo>, Error> {
        self.execute(GetUserInfo::by_user_id(user_id))
    }

    /// Every user registered under this reference id.
    #[doc(alias = "get_user_info")]
    pub fn user_info_by_reference(&self, reference_id: &str) -> Result<Response<UserInfo>, Error> {
        self.execute(GetUserInfo::by_reference_id(reference_id))
    }

    /// Every user of your developer account.
    ///
    /// Asks for the whole list; when Terra answers with pages instead, the
    /// `next` page is followed until there is none, or at most
    /// [`MAX_USER_PAGES`] pages (a `next` that does not move forward also
    /// ends the walk).
    #[doc(alias = "subscriptions")]
    pub fn list_users(&self) -> Result<Vec<TerraUser>, Error> {
        let first = self.execute(ListUsers::all())?;
        let mut users: Vec<TerraUser> = first.users().into_iter().cloned().collect();
        let mut next = first.next_page();
        // A paginated first answer is page 0 (pages count from zero).
        let mut last = 0u64;
        let mut pages = 1u64;
        while let Some(page) = next {
            if pages >= MAX_USER_PAGES || page <= last {
                break;
            }
            let answer = self.execute(ListUsers::page(page))?;
            users.extend(answer.users().into_iter().cloned());
            next = answer.next_page();
            last = page;
            pages += 1;
        }
        Ok(users)
    }

    /// One page of the users (`page` counts from zero).
    #[doc(alias = "list_users")]
    pub fn list_users_page(
        &self,
        page: u64,
        per_page: u64,
    ) -> Result<Response<Subscriptions>, Error> {
        self.execute(ListUsers::page(page).per_page(per_page))
    }

    /// Disconnects a user from your account.
    pub fn deauthenticate_user(&self, user_id: &str) -> Result<Response<StatusResponse>, Error> {
        self.execute(DeauthenticateUser::new(user_id))
    }

    /// The providers available on the API (`GET /integrations`).
    #[doc(alias = "integrations")]
    pub fn list_providers(&self) -> Result<Response<Providers>, Error> {
        self.execute(ListProviders::new())
    }

    /// The providers with their display names, icons and data types
    /// (`GET /integrations/detailed`).
    #[doc(alias = "list_providers")]
    pub fn list_providers_detailed(&self) -> Result<DetailedProviders, Error> {
        self.execute(ListProvidersDetailed::new())
    }

    /// Creates a Terra Widget session (the hosted page where a user picks a
    /// provider and logs in).
    pub fn generate_widget_session(
        &self,
        op: GenerateWidgetSession,
    ) -> Result<Response<WidgetSession>, Error> {
        self.execute(op)
    }

    /// Creates a direct authentication link for one provider.
    pub fn generate_authentication_url(
        &self,
        op: AuthenticateUser,
    ) -> Result<Response<AuthUrl>, Error> {
        self.execute(op)
    }

    /// Time-ranged data of any kind, returned inline: the generic form of
    /// [`Terra::activity`], [`Terra::sleep`]….
    pub fn data<K: DataKind>(
        &self,
        user_id: &str,
        start: impl Into<DateParam>,
        end: Option<DateParam>,
    ) -> Result<Response<DataResponse<K::Model>>, Error> {
        self.execute(with_end(GetData::<K>::new(user_id, start), end))
    }

    data_methods! {
        Activity, Activity, activity, activity_to_webhook, "get_activity_for_user", "workouts and other activities";
        Body, Body, body, body_to_webhook, "get_body_for_user", "body metrics";
        Daily, Daily, daily, daily_to_webhook, "get_daily_for_user", "daily summaries";
        Sleep, Sleep, sleep, sleep_to_webhook, "get_sleep_for_user", "sleep sessions";
        Menstruation, Menstruation, menstruation, menstruation_to_webhook, "get_menstruation_for_user", "menstrual cycle data";
        Nutrition, Nutrition, nutrition, nutrition_to_webhook, "get_nutrition_for_user", "meals and nutrition";
    }

    /// The profile of `user_id`, returned inline.
    #[doc(alias = "get_athlete_for_user")]
    pub fn athlete(&self, user_id: &str) -> Result<Response<AthleteResponse>, Error> {
        self.execute(GetAthlete::new(user_id))
    }

    /// Asks Terra to send the profile of `user_id` to your webhook.
    #[doc(alias = "get_athlete_for_user")]
    pub fn athlete_to_webhook(&self, user_id: &str) -> Result<Response<WebhookAck>, Error> {
        self.execute(GetAthlete::new(user_id).to_webhook())
    }
}

fn with_end<K: DataKind>(op: GetData<K>, end: Option<DateParam>) -> GetData<K> {
    match end {
        Some(end) => op.end(end),
        None => op,
    }
}

/// One user, as returned by [`Terra::from_user_id`]: the user's info and
/// shortcuts to the user's data. A thin convenience over the [`Terra`]
/// methods, which it borrows.
pub struct User<'a, C> {
    terra: &'a Terra<C>,
    user_id: String,
    info: Response<UserInfo>,
}

impl<C> std::fmt::Debug for User<'_, C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("User")
            .field("user_id", &self.user_id)
            .field("info", &self.info)
            .finish_non_exhaustive()
    }
}

macro_rules! user_data_methods {
    ($($name:ident, $webhook:ident, $model:ident;)*) => {$(
        #[doc = concat!("Same as [`Terra::", stringify!($name), "`] for this user.")]
        pub fn $name(
            &self,
            start: impl Into<DateParam>,
            end: Option<DateParam>,
        ) -> Result<Response<DataResponse<$model>>, Error> {
            self.terra.$name(&self.user_id, start, end)
        }

        #[doc = concat!("Same as [`Terra::", stringify!($webhook), "`] for this user.")]
        pub fn $webhook(
            &self,
            start: impl Into<DateParam>,
            end: Option<DateParam>,
        ) -> Result<Response<WebhookAck>, Error> {
            self.terra.$webhook(&self.user_id, start, end)
        }
    )*};
}

impl<'a, C: HttpClient> User<'a, C> {
    /// The Terra user id.
    pub fn id(&self) -> &str {
        &self.user_id
    }

    /// The info fetched when the handle was made.
    pub fn info(&self) -> &Response<UserInfo> {
        &self.info
    }

    /// The user record in the info, when Terra sent one.
    pub fn terra_user(&self) -> Option<&TerraUser> {
        self.info.users().into_iter().next()
    }

    /// The client this handle uses.
    pub fn client(&self) -> &'a Terra<C> {
        self.terra
    }

    user_data_methods! {
        activity, activity_to_webhook, Activity;
        body, body_to_webhook, Body;
        daily, daily_to_webhook, Daily;
        sleep, sleep_to_webhook, Sleep;
        menstruation, menstruation_to_webhook, Menstruation;
        nutrition, nutrition_to_webhook, Nutrition;
    }

    /// Same as [`Terra::athlete`] for this user.
    pub fn athlete(&self) -> Result<Response<AthleteResponse>, Error> {
        self.terra.athlete(&self.user_id)
    }

    /// Same as [`Terra::deauthenticate_user`] for this user.
    pub fn deauthenticate(&self) -> Result<Response<StatusResponse>, Error> {
        self.terra.deauthenticate_user(&self.user_id)
    }
}
