//! The typed methods of [`Client`]: one per Terra operation of the Python
//! SDK, plus the [`User`] handle and the paged listing of users.

use super::Client;
use super::builders::DataRequest;
use super::call::{Call, Job, Next, Once};
use crate::dates::DateParam;
use crate::error::Error;
use crate::models::{Activity, Body, Nutrition, TerraUser};
use crate::operation::{Operation, Response};
use crate::ops::{
    AuthenticateUser, DataKind, DeauthenticateUser, DeleteBodyEntries, DeleteNutritionEntries,
    DeletePlannedWorkoutPlans, GenerateWidgetSession, GetAthlete, GetPlannedWorkoutPlans,
    GetUserInfo, ListProviders, ListProvidersDetailed, ListUsers, ModifyUser, PlannedWorkoutPlan,
    RequestToWebhook, Subscriptions, UserInfo, WriteActivity, WriteBody, WriteNutrition,
    WritePlannedWorkoutPlans, kind,
};

/// Upper bound on the pages [`Client::list_users`] follows.
pub const MAX_USER_PAGES: u64 = 10_000;

/// The answer type of [`Client::list_providers_detailed`].
pub type DetailedProviders = <ListProvidersDetailed as Operation>::Output;

/// The [`Call`] of a single operation `O`.
pub type OpCall<'c, T, O> = Call<'c, T, Once<O>>;

macro_rules! data_methods {
    ($($kind:ident, $model:ident, $inline:ident, $webhook:ident, $seed:literal, $what:literal;)*) => {$(
        #[doc = concat!("The ", $what, " of `user_id`, returned inline: a [`DataRequest`]")]
        /// to narrow with `.since(..)`, `.until(..)`, `.with_samples()`,
        /// `.extra(..)` (by default, the last 7 days up to now), then
        /// `.await` or `.call()`; `.to_webhook()` asks for webhook delivery
        /// instead.
        #[doc(alias = $seed)]
        pub fn $inline(&self, user_id: &str) -> DataRequest<'_, T, kind::$kind> {
            self.data::<kind::$kind>(user_id)
        }

        #[doc = concat!("Asks Terra to send the ", $what, " of `user_id` from `start` to")]
        /// your webhook; the answer is the acknowledgement (with the
        #[doc = concat!("`reference` the events will carry). The same as `.", stringify!($inline), "(user_id).since(start).to_webhook()`.")]
        #[doc(alias = $seed)]
        pub fn $webhook(
            &self,
            user_id: &str,
            start: impl Into<DateParam>,
        ) -> OpCall<'_, T, RequestToWebhook> {
            self.$inline(user_id).since(start).to_webhook()
        }
    )*};
}

impl<T> Client<T> {
    /// A handle on one user, with the user's info already fetched
    /// (`GET /userInfo`).
    pub fn from_user_id(&self, user_id: &str) -> Call<'_, T, FromUserId<'_, T>> {
        Call::new(
            self,
            FromUserId {
                client: self,
                user_id: user_id.to_owned(),
                started: false,
            },
        )
    }

    /// Runs a [`GetUserInfo`] (by user id or by reference id).
    #[doc(alias = "get_user_info")]
    pub fn user_info(&self, op: GetUserInfo) -> OpCall<'_, T, GetUserInfo> {
        self.execute(op)
    }

    /// The info of the user with this Terra user id.
    #[doc(alias = "get_user_info")]
    pub fn user_info_by_id(&self, user_id: &str) -> OpCall<'_, T, GetUserInfo> {
        self.execute(GetUserInfo::by_user_id(user_id))
    }

    /// Every user registered under this reference id.
    #[doc(alias = "get_user_info")]
    pub fn user_info_by_reference(&self, reference_id: &str) -> OpCall<'_, T, GetUserInfo> {
        self.execute(GetUserInfo::by_reference_id(reference_id))
    }

    /// Every user of your developer account.
    ///
    /// Asks for the whole list; when Terra answers with pages instead, the
    /// `next` page is followed until there is none, or at most
    /// [`MAX_USER_PAGES`] pages (a `next` that does not move forward also
    /// ends the walk).
    ///
    /// To page lazily instead of collecting: `.per_page(n)` asks for pages
    /// from the start, and `.stream()` (async transports) or `.iter()`
    /// (blocking ones) yields the users one by one, fetching the next page
    /// only when the previous one is used up.
    #[doc(alias = "subscriptions")]
    pub fn list_users(&self) -> Call<'_, T, ListAllUsers> {
        Call::new(self, ListAllUsers::default())
    }

    /// One page of the users (`page` counts from zero).
    #[doc(alias = "list_users")]
    pub fn list_users_page(&self, page: u64, per_page: u64) -> OpCall<'_, T, ListUsers> {
        self.execute(ListUsers::page(page).per_page(per_page))
    }

    /// Disconnects a user from your account.
    pub fn deauthenticate_user(&self, user_id: &str) -> OpCall<'_, T, DeauthenticateUser> {
        self.execute(DeauthenticateUser::new(user_id))
    }

    /// The providers available on the API (`GET /integrations`).
    #[doc(alias = "integrations")]
    pub fn list_providers(&self) -> OpCall<'_, T, ListProviders> {
        self.execute(ListProviders::new())
    }

    /// The providers with their display names, icons and data types
    /// (`GET /integrations/detailed`).
    #[doc(alias = "list_providers")]
    pub fn list_providers_detailed(&self) -> OpCall<'_, T, ListProvidersDetailed> {
        self.execute(ListProvidersDetailed::new())
    }

    /// Creates a Terra Widget session (the hosted page where a user picks a
    /// provider and logs in).
    pub fn generate_widget_session(
        &self,
        op: GenerateWidgetSession,
    ) -> OpCall<'_, T, GenerateWidgetSession> {
        self.execute(op)
    }

    /// Creates a direct authentication link for one provider.
    pub fn generate_authentication_url(
        &self,
        op: AuthenticateUser,
    ) -> OpCall<'_, T, AuthenticateUser> {
        self.execute(op)
    }

    /// Time-ranged data of any kind, returned inline: the generic form of
    /// [`Client::activity`], [`Client::sleep`]…, as a [`DataRequest`].
    pub fn data<K: DataKind>(&self, user_id: &str) -> DataRequest<'_, T, K> {
        DataRequest::new(self, user_id)
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
    pub fn athlete(&self, user_id: &str) -> OpCall<'_, T, GetAthlete> {
        self.execute(GetAthlete::new(user_id))
    }

    /// Asks Terra to send the profile of `user_id` to your webhook.
    #[doc(alias = "get_athlete_for_user")]
    pub fn athlete_to_webhook(&self, user_id: &str) -> OpCall<'_, T, RequestToWebhook> {
        self.execute(GetAthlete::new(user_id).to_webhook())
    }

    /// Writes activities to the provider (`POST /activity`); the answer
    /// lists the ids the provider gave them. Set the user with
    /// [`WriteActivity::user_id`] through [`Client::execute`] when needed.
    #[doc(alias = "activity.write")]
    pub fn write_activity(&self, records: Vec<Activity>) -> OpCall<'_, T, WriteActivity> {
        self.execute(WriteActivity::new(records))
    }

    /// Writes body measurements to the provider (`POST /body`).
    #[doc(alias = "body.write")]
    pub fn write_body(&self, records: Vec<Body>) -> OpCall<'_, T, WriteBody> {
        self.execute(WriteBody::new(records))
    }

    /// Writes meals to the provider (`POST /nutrition`).
    #[doc(alias = "nutrition.write")]
    pub fn write_nutrition(&self, records: Vec<Nutrition>) -> OpCall<'_, T, WriteNutrition> {
        self.execute(WriteNutrition::new(records))
    }

    /// Deletes body entries of `user_id` by the ids a write returned
    /// (`DELETE /body`).
    #[doc(alias = "body.delete")]
    pub fn delete_body<I, S>(&self, user_id: &str, ids: I) -> OpCall<'_, T, DeleteBodyEntries>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.execute(DeleteBodyEntries::new(user_id, ids))
    }

    /// Deletes meals of `user_id` by the ids a write returned
    /// (`DELETE /nutrition`).
    #[doc(alias = "nutrition.delete")]
    pub fn delete_nutrition<I, S>(
        &self,
        user_id: &str,
        ids: I,
    ) -> OpCall<'_, T, DeleteNutritionEntries>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.execute(DeleteNutritionEntries::new(user_id, ids))
    }

    /// The workout plans of `user_id` from `start`, returned inline
    /// (`GET /plannedWorkout`); `.until(end)` on the call sets the end.
    #[doc(alias = "planned_workout.fetch")]
    pub fn planned_workout_plans(
        &self,
        user_id: &str,
        start: impl Into<DateParam>,
    ) -> OpCall<'_, T, GetPlannedWorkoutPlans> {
        self.execute(GetPlannedWorkoutPlans::new(user_id, start))
    }

    /// Writes workout plans to `user_id`'s provider (`POST /plannedWorkout`).
    #[doc(alias = "planned_workout.write")]
    pub fn write_planned_workout_plans(
        &self,
        user_id: &str,
        plans: Vec<PlannedWorkoutPlan>,
    ) -> OpCall<'_, T, WritePlannedWorkoutPlans> {
        self.execute(WritePlannedWorkoutPlans::new(user_id, plans))
    }

    /// Deletes workout plans of `user_id` by id (`DELETE /plannedWorkout`).
    #[doc(alias = "planned_workout.delete")]
    pub fn delete_planned_workout_plans<I, S>(
        &self,
        user_id: &str,
        ids: I,
    ) -> OpCall<'_, T, DeletePlannedWorkoutPlans>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.execute(DeletePlannedWorkoutPlans::new(user_id, ids))
    }

    /// Changes a user's `reference_id` or `active` flag
    /// (`PATCH /users/{user_id}`), as set on `op`.
    #[doc(alias = "user.modify")]
    pub fn modify_user(&self, op: ModifyUser) -> OpCall<'_, T, ModifyUser> {
        self.execute(op)
    }
}

/// The job of [`Client::list_users`]: the whole list, or every page of it.
#[derive(Debug, Default)]
pub struct ListAllUsers {
    users: Vec<TerraUser>,
    last: u64,
    pages: u64,
    per_page: Option<u64>,
}

impl ListAllUsers {
    /// Asks for pages of `per_page` users from the first request on,
    /// instead of the whole list at once.
    pub fn per_page(&mut self, per_page: u64) {
        self.per_page = Some(per_page);
    }

    /// The first request; resets the walk.
    pub(crate) fn first(&mut self) -> ListUsers {
        self.users.clear();
        // A paginated first answer is page 0 (pages count from zero).
        self.last = 0;
        self.pages = 0;
        match self.per_page {
            Some(n) => ListUsers::page(0).per_page(n),
            None => ListUsers::all(),
        }
    }

    /// The users of one answer, and the request for the next page if any.
    pub(crate) fn after(
        &mut self,
        answer: &Response<Subscriptions>,
    ) -> (Vec<TerraUser>, Option<ListUsers>) {
        let users = answer.users().into_iter().cloned().collect();
        self.pages += 1;
        let next = match answer.next_page() {
            // A `next` that does not move forward ends the walk.
            Some(page) if self.pages < MAX_USER_PAGES && page > self.last => {
                self.last = page;
                let op = ListUsers::page(page);
                Some(match self.per_page {
                    Some(n) => op.per_page(n),
                    None => op,
                })
            }
            _ => None,
        };
        (users, next)
    }
}

impl Job for ListAllUsers {
    type Op = ListUsers;
    type Output = Vec<TerraUser>;

    fn start(&mut self) -> Next<ListUsers, Vec<TerraUser>> {
        Next::Run(self.first())
    }

    fn answer(&mut self, answer: Response<Subscriptions>) -> Next<ListUsers, Vec<TerraUser>> {
        let (users, next) = self.after(&answer);
        self.users.extend(users);
        match next {
            Some(op) => Next::Run(op),
            None => Next::Done(Ok(std::mem::take(&mut self.users))),
        }
    }
}

/// The job of [`Client::from_user_id`]: fetches the user's info, then
/// yields a [`User`] handle.
pub struct FromUserId<'c, T> {
    client: &'c Client<T>,
    user_id: String,
    started: bool,
}

impl<T> std::fmt::Debug for FromUserId<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FromUserId")
            .field("user_id", &self.user_id)
            .finish_non_exhaustive()
    }
}

impl<'c, T> Job for FromUserId<'c, T> {
    type Op = GetUserInfo;
    type Output = User<'c, T>;

    fn start(&mut self) -> Next<GetUserInfo, User<'c, T>> {
        self.started = true;
        Next::Run(GetUserInfo::by_user_id(&self.user_id))
    }

    fn answer(&mut self, info: Response<UserInfo>) -> Next<GetUserInfo, User<'c, T>> {
        if !self.started {
            return Next::Done(Err(Error::invalid(
                "call",
                "an answer came before the call started",
            )));
        }
        Next::Done(Ok(User {
            terra: self.client,
            user_id: std::mem::take(&mut self.user_id),
            info,
        }))
    }
}

/// One user, as returned by [`Client::from_user_id`]: the user's info and
/// shortcuts to the user's data. A thin convenience over the [`Client`]
/// methods, which it borrows.
pub struct User<'a, T> {
    terra: &'a Client<T>,
    user_id: String,
    info: Response<UserInfo>,
}

impl<T> std::fmt::Debug for User<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("User")
            .field("user_id", &self.user_id)
            .field("info", &self.info)
            .finish_non_exhaustive()
    }
}

macro_rules! user_data_methods {
    ($($name:ident, $webhook:ident, $kind:ident;)*) => {$(
        #[doc = concat!("Same as [`Client::", stringify!($name), "`] for this user.")]
        pub fn $name(&self) -> DataRequest<'a, T, kind::$kind> {
            self.terra.$name(&self.user_id)
        }

        #[doc = concat!("Same as [`Client::", stringify!($webhook), "`] for this user.")]
        pub fn $webhook(&self, start: impl Into<DateParam>) -> OpCall<'a, T, RequestToWebhook> {
            self.terra.$webhook(&self.user_id, start)
        }
    )*};
}

impl<'a, T> User<'a, T> {
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
    pub fn client(&self) -> &'a Client<T> {
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

    /// Same as [`Client::athlete`] for this user.
    pub fn athlete(&self) -> OpCall<'a, T, GetAthlete> {
        self.terra.athlete(&self.user_id)
    }

    /// Same as [`Client::deauthenticate_user`] for this user.
    pub fn deauthenticate(&self) -> OpCall<'a, T, DeauthenticateUser> {
        self.terra.deauthenticate_user(&self.user_id)
    }
}

impl<T> Call<'_, T, Once<GetPlannedWorkoutPlans>> {
    /// The end of the range of [`Client::planned_workout_plans`].
    pub fn until(mut self, end: impl Into<DateParam>) -> Self {
        if let Some(op) = self.job_mut().operation_mut() {
            *op = op.clone().end(end);
        }
        self
    }
}
