# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_page import CallPage
from ...models.call_status import CallStatus
from ...models.error import Error
from ...models.times_after import TimesAfter
from ...models.times_before import TimesBefore
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    *,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    parent_call_sid: str | Unset = UNSET,
    status: CallStatus | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    before: TimesBefore | Unset = UNSET,
    after: TimesAfter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["To"] = to

    params["From"] = from_

    params["ParentCallSid"] = parent_call_sid

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["Status"] = json_status

    params["StartTime"] = start_time

    params["EndTime"] = end_time

    json_before: dict[str, Any] | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.to_dict()
    if not isinstance(json_before, Unset):
        params.update(json_before)

    json_after: dict[str, Any] | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.to_dict()
    if not isinstance(json_after, Unset):
        params.update(json_after)

    params["PageSize"] = page_size

    params["Page"] = page

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2010-04-01/Accounts/{account_sid}/Calls.json".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallPage | Error:
    if response.status_code == 200:
        response_200 = CallPage.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CallPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    parent_call_sid: str | Unset = UNSET,
    status: CallStatus | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    before: TimesBefore | Unset = UNSET,
    after: TimesAfter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[CallPage | Error]:
    """List calls, newest first, one page at a time

     Returns one page of calls matching every filter given. Follow `next_page_uri` for the next page.
    Date filters take a day (YYYY-MM-DD) or an ISO 8601 timestamp. The inclusive bounds `StartTime<`,
    `StartTime>`, `EndTime<` and `EndTime>` travel as their own query keys; they are grouped in the
    `Before` and `After` objects, which are exploded into separate keys, so that each has a distinct
    name in generated code.

    Args:
        account_sid (str):
        to (str | Unset):
        from_ (str | Unset):
        parent_call_sid (str | Unset): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        status (CallStatus | Unset): Where a call is in its life.
        start_time (str | Unset):
        end_time (str | Unset):
        before (TimesBefore | Unset): Inclusive upper bounds on a call's start and end.
        after (TimesAfter | Unset): Inclusive lower bounds on a call's start and end.
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallPage | Error]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        to=to,
        from_=from_,
        parent_call_sid=parent_call_sid,
        status=status,
        start_time=start_time,
        end_time=end_time,
        before=before,
        after=after,
        page_size=page_size,
        page=page,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    parent_call_sid: str | Unset = UNSET,
    status: CallStatus | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    before: TimesBefore | Unset = UNSET,
    after: TimesAfter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> CallPage | Error | None:
    """List calls, newest first, one page at a time

     Returns one page of calls matching every filter given. Follow `next_page_uri` for the next page.
    Date filters take a day (YYYY-MM-DD) or an ISO 8601 timestamp. The inclusive bounds `StartTime<`,
    `StartTime>`, `EndTime<` and `EndTime>` travel as their own query keys; they are grouped in the
    `Before` and `After` objects, which are exploded into separate keys, so that each has a distinct
    name in generated code.

    Args:
        account_sid (str):
        to (str | Unset):
        from_ (str | Unset):
        parent_call_sid (str | Unset): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        status (CallStatus | Unset): Where a call is in its life.
        start_time (str | Unset):
        end_time (str | Unset):
        before (TimesBefore | Unset): Inclusive upper bounds on a call's start and end.
        after (TimesAfter | Unset): Inclusive lower bounds on a call's start and end.
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallPage | Error
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        to=to,
        from_=from_,
        parent_call_sid=parent_call_sid,
        status=status,
        start_time=start_time,
        end_time=end_time,
        before=before,
        after=after,
        page_size=page_size,
        page=page,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    parent_call_sid: str | Unset = UNSET,
    status: CallStatus | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    before: TimesBefore | Unset = UNSET,
    after: TimesAfter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[CallPage | Error]:
    """List calls, newest first, one page at a time

     Returns one page of calls matching every filter given. Follow `next_page_uri` for the next page.
    Date filters take a day (YYYY-MM-DD) or an ISO 8601 timestamp. The inclusive bounds `StartTime<`,
    `StartTime>`, `EndTime<` and `EndTime>` travel as their own query keys; they are grouped in the
    `Before` and `After` objects, which are exploded into separate keys, so that each has a distinct
    name in generated code.

    Args:
        account_sid (str):
        to (str | Unset):
        from_ (str | Unset):
        parent_call_sid (str | Unset): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        status (CallStatus | Unset): Where a call is in its life.
        start_time (str | Unset):
        end_time (str | Unset):
        before (TimesBefore | Unset): Inclusive upper bounds on a call's start and end.
        after (TimesAfter | Unset): Inclusive lower bounds on a call's start and end.
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallPage | Error]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        to=to,
        from_=from_,
        parent_call_sid=parent_call_sid,
        status=status,
        start_time=start_time,
        end_time=end_time,
        before=before,
        after=after,
        page_size=page_size,
        page=page,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    parent_call_sid: str | Unset = UNSET,
    status: CallStatus | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    before: TimesBefore | Unset = UNSET,
    after: TimesAfter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> CallPage | Error | None:
    """List calls, newest first, one page at a time

     Returns one page of calls matching every filter given. Follow `next_page_uri` for the next page.
    Date filters take a day (YYYY-MM-DD) or an ISO 8601 timestamp. The inclusive bounds `StartTime<`,
    `StartTime>`, `EndTime<` and `EndTime>` travel as their own query keys; they are grouped in the
    `Before` and `After` objects, which are exploded into separate keys, so that each has a distinct
    name in generated code.

    Args:
        account_sid (str):
        to (str | Unset):
        from_ (str | Unset):
        parent_call_sid (str | Unset): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        status (CallStatus | Unset): Where a call is in its life.
        start_time (str | Unset):
        end_time (str | Unset):
        before (TimesBefore | Unset): Inclusive upper bounds on a call's start and end.
        after (TimesAfter | Unset): Inclusive lower bounds on a call's start and end.
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallPage | Error
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            to=to,
            from_=from_,
            parent_call_sid=parent_call_sid,
            status=status,
            start_time=start_time,
            end_time=end_time,
            before=before,
            after=after,
            page_size=page_size,
            page=page,
            page_token=page_token,
        )
    ).parsed
